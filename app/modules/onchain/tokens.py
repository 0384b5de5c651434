"""ERC-20 token metadata (decimals, symbol) read from the node with ``eth_call`` and cached.

``decimals()`` is selector ``0x313ce567`` and ``symbol()`` ``0x95d89b41`` (the first four bytes
of the keccak-256 of their signatures); a token that does not answer gets ``decimals = null``
and its transfers keep only their raw integer amount.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.modules.onchain.addresses import keccak256
from app.modules.onchain.models import OnchainToken
from app.modules.onchain.rpc import JsonRpcClient, RpcCallError

DECIMALS = "0x" + keccak256(b"decimals()")[:4].hex()
SYMBOL = "0x" + keccak256(b"symbol()")[:4].hex()


@dataclass(frozen=True, slots=True)
class TokenInfo:
    address: str
    symbol: str | None
    decimals: int | None


def _uint(result: object) -> int | None:
    if not isinstance(result, str) or not result.startswith("0x") or len(result) < 3:
        return None
    try:
        value = int(result[2:66], 16)
    except ValueError:
        return None
    return value if value <= 255 else None  # decimals is a uint8


def _text(result: object) -> str | None:
    """An ABI-encoded ``string`` (offset, length, bytes) or a ``bytes32`` symbol."""
    if not isinstance(result, str) or not result.startswith("0x"):
        return None
    try:
        raw = bytes.fromhex(result[2:])
    except ValueError:
        return None
    if len(raw) >= 64 and int.from_bytes(raw[:32], "big") == 32:
        length = int.from_bytes(raw[32:64], "big")
        data = raw[64 : 64 + length] if length <= len(raw) - 64 else b""
    else:
        data = raw[:32].rstrip(b"\x00")
    text = data.decode("utf-8", errors="ignore").strip("\x00").strip()
    return text[:32] or None


async def resolve(
    session: AsyncSession, rpc: JsonRpcClient, chain: str, addresses: set[str]
) -> dict[str, TokenInfo]:
    """Metadata of every token in ``addresses``: from the cache, else from the node."""
    known: dict[str, TokenInfo] = {}
    if not addresses:
        return known
    wanted = sorted(addresses)
    for start in range(0, len(wanted), 500):
        query = select(OnchainToken).where(
            col(OnchainToken.chain) == chain,
            col(OnchainToken.address).in_(wanted[start : start + 500]),
        )
        for row in (await session.execute(query)).scalars():
            known[row.address] = TokenInfo(row.address, row.symbol, row.decimals)
    missing = [address for address in wanted if address not in known]
    for start in range(0, len(missing), 50):
        chunk = missing[start : start + 50]
        calls: list[tuple[str, list[object]]] = []
        for address in chunk:
            calls.append(("eth_call", [{"to": address, "data": DECIMALS}, "latest"]))
            calls.append(("eth_call", [{"to": address, "data": SYMBOL}, "latest"]))
        answers = await rpc.batch(calls, errors_as_values=True)
        for index, address in enumerate(chunk):
            decimals_answer, symbol_answer = answers[2 * index], answers[2 * index + 1]
            info = TokenInfo(
                address,
                None if isinstance(symbol_answer, RpcCallError) else _text(symbol_answer),
                None if isinstance(decimals_answer, RpcCallError) else _uint(decimals_answer),
            )
            known[address] = info
            session.add(
                OnchainToken(
                    chain=chain, address=address, symbol=info.symbol, decimals=info.decimals
                )
            )
    return known
