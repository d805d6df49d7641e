declare module 'html-encoding-sniffer' {
  /**
   * The encoding of an HTML byte stream by the HTML standard's sniffing algorithm: its byte-order mark, else
   * `transportLayerEncodingLabel` (a Content-Type charset), else a `<meta charset>` / `http-equiv` in its
   * first 1024 bytes (the prescan), else `defaultEncoding` (default windows-1252). A WHATWG encoding name.
   */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
