"""Shapes of the gateway's limits. Pure: no I/O."""

import ipaddress
from dataclasses import dataclass


@dataclass(frozen=True)
class Bucket:
    """A token bucket's shape: ``per_s`` tokens a second, at most ``burst`` at once."""

    per_s: float
    burst: int


def address_key(address: str) -> str:
    """What one client address counts as: an IPv4 address, or an IPv6 address's /64 (one host often has a
    whole /64 to choose addresses from)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64] or "unknown"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False).network_address) + "/64"
    return str(ip)
