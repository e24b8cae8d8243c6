"""Password hashing (argon2id) and TOTP second factors.

TOTP secrets are stored encrypted with AES-256-GCM under a key derived (HKDF) from the
session secret, bound to the user id as associated data, so a copied database row is
useless without the deployment's secret and cannot be moved to another user.
"""

from __future__ import annotations

import base64
import os

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_VERSION = b"t1"
ISSUER = "Receptionist"
MIN_PASSWORD_LENGTH = 12


class WeakPasswordError(ValueError):
    """The password does not meet the minimum policy."""


class Credentials:
    """Hashes and checks passwords; creates, seals and verifies TOTP secrets.

    One instance per app, built from the session secret at the composition root.
    """

    def __init__(self, secret: str, *, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher()
        self._dummy_hash: str | None = None
        self._key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"receptionist-totp").derive(
            secret.encode()
        )

    # Passwords
    def hash_password(self, password: str) -> str:
        """An argon2id hash of ``password`` after checking the length policy."""
        if len(password) < MIN_PASSWORD_LENGTH:
            raise WeakPasswordError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        return self._hasher.hash(password)

    def verify_password(self, password_hash: str, password: str) -> bool:
        """True when ``password`` matches; never raises for a wrong or malformed hash."""
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def dummy_verify(self) -> None:
        """Spend the same time as a real check, so unknown emails are not revealed by timing."""
        if self._dummy_hash is None:
            self._dummy_hash = self._hasher.hash("dummy-password-for-timing")
        self.verify_password(self._dummy_hash, "not-the-password")

    # TOTP
    @staticmethod
    def new_totp_secret() -> str:
        """A fresh base32 TOTP secret."""
        return pyotp.random_base32()

    @staticmethod
    def provisioning_uri(secret: str, email: str) -> str:
        """The otpauth:// URI an authenticator app scans."""
        return str(pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER))

    def seal_totp(self, user_id: str, secret: str) -> bytes:
        """Encrypt a TOTP secret for storage in ``users.totp_secret_enc``."""
        nonce = os.urandom(12)
        return _VERSION + nonce + AESGCM(self._key).encrypt(nonce, secret.encode(), user_id.encode())

    def open_totp(self, user_id: str, blob: bytes) -> str:
        """Decrypt a stored TOTP secret; raises ValueError (no secret material) if it fails."""
        if not blob.startswith(_VERSION):
            raise ValueError("unknown TOTP secret format")
        nonce, ct = blob[2:14], blob[14:]
        try:
            return AESGCM(self._key).decrypt(nonce, ct, user_id.encode()).decode()
        except InvalidTag:
            raise ValueError("TOTP secret could not be decrypted with this deployment's secret") from None

    def verify_totp(self, user_id: str, blob: bytes | None, code: str) -> bool:
        """True when ``code`` is the current (±1 step) TOTP for the user's sealed secret."""
        code = code.strip().replace(" ", "")
        if blob is None or not code.isdigit() or len(code) != 6:
            return False
        try:
            secret = self.open_totp(user_id, blob)
        except ValueError:
            return False
        return bool(pyotp.TOTP(secret).verify(code, valid_window=1))


def random_token(prefix: str, nbytes: int = 32) -> str:
    """A URL-safe random token with a recognisable prefix (for secret scanners)."""
    return prefix + base64.urlsafe_b64encode(os.urandom(nbytes)).decode().rstrip("=")

