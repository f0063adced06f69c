"""One way for widgets to ask the server something and not care how it failed.

``ClientService.request`` already reports protocol errors through ``request_failed``
(the window shows them in the status bar); a reply that never comes is reported the
same way here, so callers only check for ``None``.
"""

from __future__ import annotations

from typing import Any

import msgspec
from PySide6.QtCore import QCoreApplication

from shared import protocol as p
from softphone.client_service import ClientService


async def call(service: ClientService, msg: msgspec.Struct) -> Any | None:
    """The reply, or None after the failure was reported through ``request_failed``."""
    try:
        return await service.request(msg)
    except p.ProtocolError:
        return None
    except TimeoutError:
        service.request_failed.emit(
            "timeout", QCoreApplication.translate("AgentApp", "The server did not answer in time.")
        )
        return None
