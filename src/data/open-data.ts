import { buildOpenData, type OpenData } from '../open-data/build.ts';
import { getAtlas } from './content-layer.ts';

let openData: Promise<OpenData> | undefined;

/** Every file of /daten/, built once per build and shared by the endpoints and the page. */
export function getOpenData(): Promise<OpenData> {
  openData ??= getAtlas().then(buildOpenData);
  return openData;
}
