"""The reports engine: conversation facts read from the stored events (``facts``), pure
aggregation into the breakdowns of ``report.result`` (``aggregate``), the period in the
centre's timezone (``period``), the CSV export (``export``) and the server's request
handler (``desk``). docs/reports.md defines every figure."""
