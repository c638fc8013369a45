export { parseHeadersFile, rulesFor } from '../../scripts/shared/headers-file.ts';
