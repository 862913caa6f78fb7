/// <reference types="vite/client" />
declare const __APP_VERSION__: string;
/** True only in the test build (`vite build --mode test`): the test API is compiled in. */
declare const __TEST_API__: boolean;
