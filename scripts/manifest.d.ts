/** Types for scripts/manifest.js (CommonJS, used by webpack.config.js and the manifest test). */
export declare const DEV_URL: string;
export declare function addinUrl(value: string | undefined): string;
export declare function manifestFor(xml: string, url: string | undefined): string;
