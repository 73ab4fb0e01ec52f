"""Development bearer tokens: HS256 JWTs whose subject is the user id, signed with GATEWAY_JWT_SECRET.
(Tokens of an OpenID Connect provider are verified in ``adapters.identity``.)

``python -m companion_gateway.tokens alice`` prints a development token (secret from GATEWAY_JWT_SECRET).
"""

import argparse
import os
import time

import jwt

ALGORITHM = "HS256"


class InvalidToken(Exception):
    """The token is missing, malformed, forged, expired or not meant for us; the message says which."""


class IdentityUnavailable(Exception):
    """The identity provider's keys could not be had at all: the token cannot be checked now; retry later."""


def mint(user_id: str, secret: str, *, issuer: str = "companion", ttl_s: int = 7 * 24 * 3600) -> str:
    now = int(time.time())
    return jwt.encode({"sub": user_id, "iss": issuer, "iat": now, "exp": now + ttl_s}, secret, algorithm=ALGORITHM)


def verify(token: str, secret: str, *, issuer: str = "companion", leeway_s: float = 0.0) -> str:
    """Returns the user id of a valid token; raises InvalidToken with a reason otherwise."""
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], issuer=issuer, leeway=leeway_s, options={"require": ["sub", "exp"]}
        )
    except jwt.ExpiredSignatureError as error:
        raise InvalidToken("token expired") from error
    except jwt.PyJWTError as error:
        raise InvalidToken("invalid token") from error
    return user_of(claims["sub"])


def user_of(subject: object) -> str:
    """The user id a token's subject names: 1-128 characters."""
    if not isinstance(subject, str) or not 1 <= len(subject) <= 128:
        raise InvalidToken("invalid subject")
    return subject


def main() -> None:
    parser = argparse.ArgumentParser(description="Mint a development bearer token.")
    parser.add_argument("user_id")
    parser.add_argument("--ttl", type=int, default=7 * 24 * 3600, help="lifetime in seconds")
    args = parser.parse_args()
    secret = os.environ.get("GATEWAY_JWT_SECRET")
    if not secret:
        parser.error("GATEWAY_JWT_SECRET is not set")
    print(mint(args.user_id, secret, ttl_s=args.ttl))


if __name__ == "__main__":
    main()
