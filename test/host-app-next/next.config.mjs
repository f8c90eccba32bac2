// @ts-check
/** A host as a host would write it: nothing to configure for integrations-ui. */
/** @type {import('next').NextConfig} */
const config = {};

export default config;
