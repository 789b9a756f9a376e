/** The matrices' labels are shared with the exports; the screens pick them by interface locale. */
export { matrixLabels, type MatrixLabels } from '../../../../shared/matrices/labels.ts';
