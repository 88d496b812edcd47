/**
 * W&B's rich media: images, histograms, tables, audio, video, HTML and preset charts, logged with
 * `run.log` in the official client's JSON and file layout.
 *
 * @module
 */
export {
  type BindContext,
  MediaBatch,
  MediaError,
  type MediaErrorCode,
  type MediaFile,
  type MediaTable,
  WBValue,
} from "./media.ts";
export {
  type Box,
  type BoxGroup,
  type Encoded as EncodedImage,
  Image,
  type ImageOptions,
  type Mask,
} from "./image.ts";
export { Histogram, type HistogramBins, type HistogramOptions } from "./histogram.ts";
export { Table, type TableCell, type TableOptions } from "./table.ts";
export { Audio, type AudioOptions } from "./audio.ts";
export { Video, type VideoFormat, type VideoOptions } from "./video.ts";
export { Html } from "./html.ts";
export * as plot from "./plot.ts";
export { CustomChart } from "./plot.ts";
