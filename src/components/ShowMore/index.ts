export { ShowMoreButton, type ShowMoreButtonProps, useShowMore } from './ShowMore';
