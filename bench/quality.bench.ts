/**
 * npm run bench:quality — accuracy of each normalizer on the shared corpora
 * (../shared/corpus) and on our own cases (bench/quality/), and what it
 * costs per 100k values. Prints figures only. Each area is its own module
 * in bench/quality/, exporting report(): the lines it prints.
 */
import { report as addresses } from './quality/addresses';
import { report as dates } from './quality/dates';
import { report as emails } from './quality/emails';
import { report as names } from './quality/names';
import { report as numbers } from './quality/numbers';
import { report as phones } from './quality/phones';

for (const section of [names, addresses, phones, dates, numbers, emails])
	for (const line of section()) console.log(line);
