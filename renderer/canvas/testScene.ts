import type { CaseState } from '@shared/model';
import { estimateTextWidth } from '@shared/layout';
import { buildWallScene, type BuildOptions } from './buildScene';

/** For tests: the wall's scene of a case at 1920×900, unit 1, with two kept marker rows. */
export function testScene(state: CaseState, zoom: number, options: Partial<BuildOptions> = {}) {
  return buildWallScene(state, {
    zoom,
    width: 1920,
    height: 900,
    lang: 'nl',
    u: 1,
    labelWidth: 210,
    pad: 40,
    preview: null,
    measure: estimateTextWidth,
    markerRows: 2,
    reserveMarkerRows: true,
    ...options,
  }).scene;
}
