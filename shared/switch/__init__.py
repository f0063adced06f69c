"""The telephony switch: a stateless SIP front door and a pool of pjsua2 room workers.

See docs/telephony.md. Nothing in this package imports Qt.
"""
