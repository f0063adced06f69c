"""The Reports tab: a period's figures as charts and tables, drill-down, CSV."""
