/** How a filter is written, for Filter and Fetch Filter. */
export const FILTER_HELP =
	'A FilterGroup as JSON, such as {"operator": "and", "conditions": [{"field": "status", "operator": "eq", "value": "open"}, {"field": "opened", "operator": "gte", "value": "2025-01-01"}]} (groups may nest), or the flat form {"filter_field": "status", "filter_operator": "eq", "filter_value": "open"}. Operators: eq, neq, contains, not_contains, starts_with, ends_with, gt, gte, lt, lte, in, not_in, is_empty, is_not_empty. Leave empty for every record.';
