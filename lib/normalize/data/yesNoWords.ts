/**
 * The words a yes/no cell is written with, lowercase. Source: what
 * spreadsheets and CRMs export for checkboxes (Excel and Google Sheets
 * TRUE/FALSE, HubSpot and Salesforce true/false, Outlook yes/no, 1/0, "x"
 * for a ticked box, on/off and checked/unchecked from web forms).
 */
export const YES_WORDS: readonly string[] = ['yes', 'y', 'true', 't', '1', 'x', 'on', 'checked'];

/** The words for no; see {@link YES_WORDS}. */
export const NO_WORDS: readonly string[] = ['no', 'n', 'false', 'f', '0', 'off', 'unchecked'];
