"""Skranke telephony: the pjsua2 adapter behind app.softphone. May use QtCore signals, never ui/."""
