"""Reports as the Reports tab sees them: the one part of it that talks to the server
(``report.run``). Failures are raised (``p.ProtocolError``, ``OSError``, ``TimeoutError``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone.client_service import ClientService

REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)


class ReportsService(QObject):
    report_ready = Signal(p.ReportResult)
    running_changed = Signal(bool)

    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.report: p.ReportResult | None = None

    async def run(self, date_from: str, date_to: str, fcr_days: int = 7) -> p.ReportResult:
        self.running_changed.emit(True)
        try:
            report: p.ReportResult = await self.client.request(
                p.RunReport(id=0, date_from=date_from, date_to=date_to, fcr_days=fcr_days)
            )
        finally:
            self.running_changed.emit(False)
        self.report = report
        self.report_ready.emit(report)
        return report
