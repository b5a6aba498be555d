// The slice of @11ty/eleventy-img's public API this project uses; the package ships no type declarations.
declare module "@11ty/eleventy-img" {
  export interface ImageEntry {
    format: string;
    width: number;
    height: number;
    url: string;
    size?: number;
    outputPath?: string;
    filename?: string;
  }
  export type ImageMetadata = Record<string, ImageEntry[]>;
  export interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    filenameFormat?: (id: string, src: string, width: number, format: string) => string;
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
  }
  interface ImageFunction {
    (src: string, options?: ImageOptions): Promise<ImageMetadata>;
    statsSync(src: string, options?: ImageOptions): ImageMetadata;
    generateHTML(metadata: ImageMetadata, attributes: Record<string, string>, htmlOptions?: { fallback?: "largest" | "smallest" }): string;
    /** image-size, which reads a picture's dimensions from its first bytes. */
    ImageSize(path: string): { width?: number; height?: number; type?: string };
  }
  const Image: ImageFunction;
  export default Image;
}
