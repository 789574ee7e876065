// The part of EJS's API whosaid calls (the package ships no type declarations).
declare module 'ejs' {
  interface RenderOptions {
    /** Where includes by absolute name (`/partials/head`) are looked up. */
    root?: string;
    views?: string[];
    cache?: boolean;
  }
  function renderFile(path: string, data: object, options: RenderOptions, done: (err: Error | null, html?: string) => void): void;
  const ejs: { renderFile: typeof renderFile };
  export default ejs;
}
