"""Bearer tokens for client apps: HS256 JWTs whose subject is the user id.

``python -m companion_gateway.tokens alice`` prints a development token (secret from GATEWAY_JWT_SECRET).
"""

import argparse
import os
import time

import jwt

ALGORITHM = "HS256"


class InvalidToken(Exception):
    pass


def mint(user_id: str, secret: str, *, issuer: str = "companion", ttl_s: int = 7 * 24 * 3600) -> str:
    now = int(time.time())
    return jwt.encode({"sub": user_id, "iss": issuer, "iat": now, "exp": now + ttl_s}, secret, algorithm=ALGORITHM)


def verify(token: str, secret: str, *, issuer: str = "companion") -> str:
    """Returns the user id of a valid token; raises InvalidToken with a reason otherwise."""
    try:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM], issuer=issuer, options={"require": ["sub", "exp"]})
    except jwt.ExpiredSignatureError as error:
        raise InvalidToken("token expired") from error
    except jwt.PyJWTError as error:
        raise InvalidToken("invalid token") from error
    user_id = claims["sub"]
    if not isinstance(user_id, str) or not 1 <= len(user_id) <= 128:
        raise InvalidToken("invalid subject")
    return user_id


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
