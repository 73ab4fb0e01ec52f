"""A throwaway private CA and a service certificate, for tests and local trials of gRPC TLS and mTLS.

    pki = write_pki(directory)                      # ca.pem, service.pem, service-key.pem
    env = pki.env(client_auth=True, token="...")   # GRPC_TLS_* (and GRPC_SERVICE_TOKEN) for every service

One certificate serves every service, as server and as client (mTLS), under the name ``SERVER_NAME`` (plus
``localhost`` and 127.0.0.1): clients set GRPC_TLS_SERVER_NAME to it, as production does for the gateway's
pod-IP ``reply_to`` addresses. Keys are EC P-256 (quick to make); nothing here is fit for production.
"""

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SERVER_NAME = "companion.internal"


@dataclass(frozen=True)
class Pki:
    ca_file: Path
    cert_file: Path
    key_file: Path

    def env(self, *, client_auth: bool = False, token: str | None = None) -> dict[str, str]:
        """The environment of a service that serves and calls with TLS (mTLS with ``client_auth``)."""
        env = {
            "GRPC_TLS_CA_FILE": str(self.ca_file),
            "GRPC_TLS_CERT_FILE": str(self.cert_file),
            "GRPC_TLS_KEY_FILE": str(self.key_file),
            "GRPC_TLS_CLIENT_AUTH": str(client_auth).lower(),
            "GRPC_TLS_SERVER_NAME": SERVER_NAME,
        }
        if token is not None:
            env["GRPC_SERVICE_TOKEN"] = token
        return env


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def write_pki(directory: Path, *, names: tuple[str, ...] = (SERVER_NAME, "localhost"), loopback: bool = True) -> Pki:
    """A new CA and one certificate it signed for ``names`` (and 127.0.0.1 with ``loopback``), as PEM files."""
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("companion test CA"))
        .issuer_name(_name("companion test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    alt_names: list[x509.GeneralName] = [x509.DNSName(name) for name in names]
    if loopback:
        alt_names.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(names[0]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False
        )
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pki = Pki(directory / "ca.pem", directory / "service.pem", directory / "service-key.pem")
    pki.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    pki.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pki.key_file.write_bytes(_pem_key(key))
    pki.key_file.chmod(0o600)
    return pki
