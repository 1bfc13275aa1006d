import {
	corruptCompound,
	END_OF_CHAIN,
	FREE,
	HEADER,
	headerField,
	sectorEntry,
	type CompoundLayout,
} from './compoundLayout';

/** DIFAT entries the header itself holds. */
const HEADER_DIFAT_ENTRIES = 109;

/**
 * Reads a compound file's allocation table (FAT): the sector after each
 * sector. The FAT's own sectors are listed by the DIFAT: 109 entries in the
 * header, then a chain of DIFAT sectors whose last entry links the next.
 * The DIFAT chain is walked at most once per sector (a loop or a link past
 * the end is damage), and FAT sectors past those that cover the file's
 * sectors are ignored: some writers fill the rest of the DIFAT with 0 rather
 * than FREE. A FAT sector past the end of a truncated file reads as free, as
 * xlrd does.
 *
 * @param layout - the container
 * @returns the table, `perSector` entries per FAT sector
 * @throws IntakeError `FILE_CORRUPT` when the DIFAT loops, points past the file, or lists no FAT sector
 * @example
 * readAllocationTable(readCompoundLayout(xlsBytes)).length
 * //=> 128 (one 512-byte FAT sector)
 */
export function readAllocationTable(layout: CompoundLayout): Uint32Array {
	const { perSector, sectorCount } = layout;
	const fatSectors: number[] = [];
	const fatLimit = Math.ceil(sectorCount / perSector);
	const addFat = (n: number): void => {
		if (n === FREE || n === END_OF_CHAIN || fatSectors.length >= fatLimit) return;
		fatSectors.push(n);
	};
	for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) addFat(headerField(layout, HEADER.difat + i * 4));
	const difatSeen = new Uint8Array(sectorCount);
	let difat = headerField(layout, HEADER.difatStart);
	for (let walked = 0; difat !== END_OF_CHAIN && difat !== FREE; walked++) {
		if (difat >= sectorCount)
			throw corruptCompound(`its allocation index names sector ${difat}, past the end of the file`);
		if (difatSeen[difat] || walked >= sectorCount)
			throw corruptCompound('its allocation index loops');
		difatSeen[difat] = 1;
		for (let i = 0; i < perSector - 1; i++) addFat(sectorEntry(layout, difat, i));
		difat = sectorEntry(layout, difat, perSector - 1);
	}
	if (fatSectors.length === 0) throw corruptCompound('it has no allocation table');

	const fat = new Uint32Array(fatSectors.length * perSector);
	fatSectors.forEach((s, k) => {
		for (let i = 0; i < perSector; i++) fat[k * perSector + i] = sectorEntry(layout, s, i);
	});
	return fat;
}
