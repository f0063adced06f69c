"""The Staffing page: a day's Erlang C plan, typed-in figures, today's gap."""
