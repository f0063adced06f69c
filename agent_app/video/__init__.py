"""Video calls with citizens: the agent app's WebRTC media engine (aiortc).

One job per module, imports pointing downward:

- ``ice``: the STUN/TURN list the server hands out → aiortc's ``RTCConfiguration``;
- ``sources``: local media tracks (test picture, tone, push tracks, camera/mute gates);
- ``rtc_session``: ``RtcSession``, one call's peer connection (no Qt);
- ``devices``, ``sinks``, ``capture``: Qt Multimedia — remote pictures as QImage,
  speaker and audio tap, camera and microphone into the push tracks;
- ``service``: ``VideoCallService``, the QObject the agent window's video pane uses.

Threading rule: everything runs on the Qt thread, which under qasync is also the asyncio
loop's; aiortc's own codec threads hand their results to that loop. See docs/video.md.
"""
