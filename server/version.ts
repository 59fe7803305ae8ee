import packageJson from '../package.json' with { type: 'json' };

/** The service's version, as released (package.json). */
export const SERVICE_VERSION: string = packageJson.version;
