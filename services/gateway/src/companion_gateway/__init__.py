"""The gateway: HTTP/WebSocket API for client apps, publisher of message events, receiver of replies."""
