"""One video (or browser voice) call with a citizen as a conversation tab: the chat tab
with the call's picture above the transcript (the "chat/video pane"), so links and
spelled names still go by chat.

The media are ``VideoCalls``'s (one call at a time for the whole app); this tab shows
them while the call is its own and asks for what the agent presses: mute (F8), camera
(Ctrl+Shift+V), devices, hang up (F6, which also ends the conversation, as for a phone
call; Ctrl+W too). The conversation's end, the wrap-up, the closing of the tab are the
chat's.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage

from agent_app import shortcuts as keys
from agent_app.chat_widget import ChatWidget
from agent_app.video_calls import VideoCalls
from agent_app.video_pane import VideoPane
from shared import protocol as p
from softphone.presence import format_duration, icon


class VideoChatWidget(ChatWidget):
    channel_word = "video"

    def __init__(self, service, interaction: p.InteractionInfo, *, calls: VideoCalls, **kw):
        self.calls = calls
        self.connected_at: float | None = None
        self.call_over = False
        super().__init__(service, interaction, **kw)
        calls.expect(interaction)
        calls.call_started.connect(self._on_calls_call_started)
        calls.call_ended.connect(self._on_calls_call_ended)
        media = calls.media
        media.frame_ready.connect(self._on_media_frame_ready)
        media.self_view_ready.connect(self._on_media_self_view_ready)
        media.state_changed.connect(self._on_media_state_changed)
        media.muted_changed.connect(self._on_media_muted_changed)
        media.camera_changed.connect(self._on_media_camera_changed)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._update_timer)
        self._clock.start()
        if calls.in_call(self.interaction_id):  # the tab came back after a reconnect
            self._on_calls_call_started(self.interaction_id)

    @property
    def video(self) -> bool:
        return self.interaction.media != "audio"

    def _build(self) -> None:
        super()._build()
        self.end_button.setText(self.tr("&Hang up"))
        self.end_button.setIcon(icon("call-end"))
        self.end_button.setToolTip(keys.with_key(self.tr("Hang up and end the call"), keys.END))
        self.pane = VideoPane(video=self.interaction.media != "audio")
        self.pane.mute_toggled.connect(self.set_muted)
        self.pane.camera_toggled.connect(self.set_camera)
        self.pane.devices_requested.connect(self.open_devices)
        area = self.conversation_area.layout()
        area.insertWidget(0, self.pane, 3)
        area.setStretchFactor(self.transcript_view, 2)

    # ------------------------------------------------------------------ for the window

    def can_transfer(self) -> bool:
        return False  # the picture cannot follow: the citizen would have to call again

    def second_line_hint(self) -> str:
        if self.state == "active":
            return self.tr("A video call cannot be transferred; an expert can join its chat.")
        return super().second_line_hint()

    def request_close(self) -> None:
        """Ctrl+W / Hang up: end the call and the conversation; once ended, the chat's."""
        if self.state == "active" and self.role == "owner":
            self.hang_up()
        else:
            super().request_close()

    def hang_up(self) -> None:
        """F6: the page hears the hang-up at once, then the conversation ends (wrap-up)."""
        if self.state != "active" or self.role != "owner":
            return
        self.calls.hang_up(self.interaction_id)
        self._close_interaction()

    def set_muted(self, muted: bool) -> None:
        if self.calls.in_call(self.interaction_id):
            self.calls.media.set_muted(muted)
        self.pane.set_muted(self.calls.media.is_muted)

    def toggle_mute(self) -> None:
        self.set_muted(not self.calls.media.is_muted)

    def set_camera(self, on: bool) -> None:
        if self.calls.in_call(self.interaction_id):
            self.calls.media.set_camera_enabled(on)
        self.pane.set_camera(self.calls.media.camera_enabled)

    def toggle_camera(self) -> None:
        if self.video:
            self.set_camera(not self.calls.media.camera_enabled)

    def open_devices(self) -> None:
        from agent_app.video_devices_dialog import VideoDevicesDialog

        dialog = VideoDevicesDialog(self, video=self.video)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._on_devices_chosen)
        dialog.open()
        self.devices_dialog = dialog

    def _on_devices_chosen(self, camera: str, microphone: str, speaker: str) -> None:
        if self.calls.in_call(self.interaction_id):
            self.calls.media.switch_devices(camera, microphone, speaker)

    # ------------------------------------------------------------------ the media

    def _mine(self) -> bool:
        return self.calls.in_call(self.interaction_id)

    def _on_calls_call_started(self, interaction_id: str) -> None:
        if interaction_id != self.interaction_id:
            return
        self.call_over = False
        self.pane.set_state("connecting", self.tr("Connecting…"))
        self.pane.set_live(True)
        self.pane.set_muted(False)
        self.pane.set_camera(True)

    def _on_media_state_changed(self, state: str) -> None:
        if not self._mine():
            return
        if state == "connected":
            self.connected_at = self.connected_at or time.time()
            self.pane.set_state("connected", self.tr("Connected"))
            self._update_timer()
        elif state == "connecting":
            self.pane.set_state("connecting", self.tr("Connecting…"))

    def _on_media_frame_ready(self, image: QImage) -> None:
        if self._mine():
            self.pane.set_remote_frame(image)

    def _on_media_self_view_ready(self, image: QImage) -> None:
        if self._mine():
            self.pane.set_self_frame(image)

    def _on_media_muted_changed(self, muted: bool) -> None:
        if self._mine():
            self.pane.set_muted(muted)

    def _on_media_camera_changed(self, on: bool) -> None:
        if self._mine():
            self.pane.set_camera(on)

    def _on_calls_call_ended(self, interaction_id: str, why: str) -> None:
        if interaction_id != self.interaction_id:
            return
        self.call_over = True
        texts = {
            "citizen": self.tr("The citizen hung up."),
            "agent": self.tr("Call ended"),
            "closed": self.tr("Call ended"),
            "lost": self.tr("The citizen's connection was lost."),
            "failed": self.tr("The call could not be connected."),
        }
        kind = "problem" if why in ("lost", "failed") else "ended"
        self.pane.set_state(kind, texts.get(why, self.tr("Call ended")))
        self.pane.set_live(False)
        self.pane.clear_pictures(texts.get(why, ""))
        if self.state == "active" and why in ("lost", "failed"):
            self.status_message.emit(
                self.tr("%1: the call's media stopped; the chat goes on.").replace(
                    "%1", self.citizen_name
                )
            )
        self._update_timer()

    def _enter_closed(self, *, by: str, reason: str, wrapup_required: bool) -> None:
        super()._enter_closed(by=by, reason=reason, wrapup_required=wrapup_required)
        self.calls.forget(self.interaction_id)
        if not self.call_over:
            self.call_over = True
            self.pane.set_state("ended", self.tr("Call ended"))
            self.pane.set_live(False)
        if by == "citizen":
            self.banner.setText(self.tr("The citizen hung up."))
            self.banner.show()
        self._update_timer()

    def _update_timer(self) -> None:
        if self.connected_at is None:
            self.pane.timer_label.clear()
            return
        end = self.closed_at or time.time()
        self.pane.timer_label.setText(format_duration(max(0.0, end - self.connected_at)))
        if self.call_over:
            self._clock.stop()
