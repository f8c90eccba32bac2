export { Badge, type BadgeProps } from './Badge';
export { ToneIcon } from './icons';
