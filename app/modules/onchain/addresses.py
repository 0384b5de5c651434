"""Address validation and normalisation for the chains the module knows.

Ethereum (and BSC): ``0x`` + 40 hex digits; a mixed-case address must carry a valid EIP-55
checksum (keccak-256 of the lower-case hex). Stored lower-case.
Bitcoin: Base58Check P2PKH (version 0x00) and P2SH (0x05), and segwit ``bc1`` addresses in
bech32 (v0, BIP-173) or bech32m (v1+, BIP-350). Stored as given (bech32 lower-cased).
"""

from __future__ import annotations

import hashlib
import re
from enum import StrEnum

from Crypto.Hash import keccak


class OnchainChain(StrEnum):
    """A chain the module knows (``eth``, ``btc``, ``bsc``)."""

    eth = "eth"
    btc = "btc"
    bsc = "bsc"


Chain = OnchainChain


EVM_CHAINS = frozenset({Chain.eth, Chain.bsc})
_HEX_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {char: index for index, char in enumerate(_B58)}
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_CONST, _BECH32M_CONST = 1, 0x2BC830A3


def keccak256(data: bytes) -> bytes:
    digest = keccak.new(digest_bits=256)
    digest.update(data)
    return digest.digest()


def eip55(address: str) -> str:
    """The EIP-55 mixed-case checksum form of a 40-hex-digit address."""
    lower = address.lower().removeprefix("0x")
    hashed = keccak256(lower.encode()).hex()
    return "0x" + "".join(
        char.upper() if char.isalpha() and int(hashed[i], 16) >= 8 else char
        for i, char in enumerate(lower)
    )


def _evm(address: str) -> str | None:
    if not _HEX_ADDRESS.match(address):
        return None
    body = address[2:]
    if body != body.lower() and body != body.upper() and eip55(address) != address:
        return None  # mixed case promises a checksum, and this one is wrong
    return address.lower()


def _base58check(address: str) -> str | None:
    if not 25 <= len(address) <= 35 or any(char not in _B58_INDEX for char in address):
        return None
    number = 0
    for char in address:
        number = number * 58 + _B58_INDEX[char]
    zeros = len(address) - len(address.lstrip("1"))
    raw = b"\x00" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")
    if len(raw) != 25 or raw[0] not in (0x00, 0x05):
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return address


def _bech32_polymod(values: list[int]) -> int:
    generators = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(generators):
            if (top >> i) & 1:
                check ^= generator
    return check


def _convert_bits(data: list[int], from_bits: int, to_bits: int) -> list[int] | None:
    accumulator, bits, result = 0, 0, []
    maximum = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            result.append((accumulator >> bits) & maximum)
    if bits >= from_bits or ((accumulator << (to_bits - bits)) & maximum):
        return None  # padding must be zero and shorter than a group
    return result


def _segwit(address: str) -> str | None:
    if address.lower() != address and address.upper() != address:
        return None
    text = address.lower()
    if not text.startswith("bc1") or not 14 <= len(text) <= 90:
        return None
    data_part = text[3:]
    if any(char not in _BECH32 for char in data_part) or len(data_part) < 7:
        return None
    data = [_BECH32.index(char) for char in data_part]
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    constant = _bech32_polymod(hrp + data)
    version = data[0]
    if version > 16 or constant != (_BECH32_CONST if version == 0 else _BECH32M_CONST):
        return None
    program = _convert_bits(data[1:-6], 5, 8)
    if program is None or not 2 <= len(program) <= 40:
        return None
    if version == 0 and len(program) not in (20, 32):
        return None
    return text


def normalize_address(chain: Chain, address: str) -> str | None:
    """The stored form of ``address`` on ``chain``, or None when it is not an address there."""
    address = address.strip()
    if chain in EVM_CHAINS:
        return _evm(address)
    if address[:3].lower() == "bc1":
        return _segwit(address)
    return _base58check(address)
