// The graph layer's façade: model → GraphModel (build), GraphModel → positions (layout, elkjs), → SVG (export).
export * from './types';
export { buildGraph, stateNodeId, DEFAULT_MAX_CATCH_FAN_IN, type BuildOptions } from './build';
export { layoutGraph, layoutKey } from './layout';
export { structureHashOf, hashString } from './hash';
export * from './style';
export { renderSvg, graphLayers, graphCss, iconDefs, markerDefs, usedIcons, nodeMarkup, edgeMarkup, edgeLabelMarkup, titleOf, accessibleLabel, escapeXml, type SvgOptions } from './svg';
export { LIGHT_THEME, DARK_THEME, THEME_VARIABLES, resolveTheme, type GraphTheme, type ThemeKey } from './theme';
export { nodeParts, edgeLabelParts, BADGE_HEIGHT, type NodeParts, type TextPart } from './parts';
export { edgePath, arrowPath, shapePath, overlaps, contains } from './geometry';
export { ICONS, iconMarkup } from './icons';
