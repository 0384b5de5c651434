"""Local JSON-RPC nodes for the ingester tests: real HTTP servers answering in each node's
documented format, replaying the shared ethereum-etl / bitcoin-etl samples.

The Ethereum node rebuilds what ``eth_getBlockByNumber`` and ``eth_getLogs`` return from the
ethereum-etl export of the same mainnet blocks (blocks, transactions, token transfers): an
ERC-20 ``Transfer`` log is topic 0 = keccak("Transfer(address,address,uint256)"), the two
addresses left-padded to 32 bytes in topics 1-2, and the value as a 32-byte data word. The
Bitcoin node answers with the recorded Bitcoin Core responses themselves.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from Crypto.Hash import keccak
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


def _keccak(text: str) -> str:
    digest = keccak.new(digest_bits=256)
    digest.update(text.encode())
    return "0x" + digest.hexdigest()


TRANSFER = _keccak("Transfer(address,address,uint256)")
DECIMALS = _keccak("decimals()")[:10]
SYMBOL = _keccak("symbol()")[:10]


def _pad(address: str) -> str:
    return "0x" + "0" * 24 + address.lower().removeprefix("0x")


def _abi_string(text: str) -> str:
    data = text.encode()
    return (
        "0x"
        + ((32).to_bytes(32, "big") + len(data).to_bytes(32, "big") + data.ljust(32, b"\0")).hex()
    )


class JsonRpcNode:
    """Dispatches JSON-RPC 2.0 requests (single or batch) to ``handle``; ``failures`` makes the
    next N HTTP requests answer ``429`` with ``Retry-After: 0``."""

    def __init__(self) -> None:
        self.failures = 0
        self.requests = 0
        self.methods: list[str] = []
        self.app = Starlette(routes=[Route("/", self.endpoint, methods=["POST"])])

    def handle(self, method: str, params: list[Any]) -> Any:
        raise NotImplementedError

    def _one(self, request: dict[str, Any]) -> dict[str, Any]:
        self.methods.append(request["method"])
        try:
            result = self.handle(request["method"], request.get("params", []))
        except RpcError as exc:
            return {
                "jsonrpc": "2.0",
                "id": request["id"],
                "result": None,
                "error": {"code": exc.code, "message": exc.message},
            }
        return {"jsonrpc": "2.0", "id": request["id"], "result": result, "error": None}

    async def endpoint(self, request: Request) -> Response:
        self.requests += 1
        if self.failures:
            self.failures -= 1
            return Response("slow down", status_code=429, headers={"Retry-After": "0"})
        body = json.loads(await request.body())
        if isinstance(body, list):
            return JSONResponse([self._one(item) for item in body])
        answer = self._one(body)
        return JSONResponse(answer, status_code=500 if answer["error"] else 200)


class RpcError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class EthNode(JsonRpcNode):
    def __init__(self, tokens: dict[str, tuple[int, str]]) -> None:
        super().__init__()
        self.tokens = tokens  # contract -> (decimals, symbol) that eth_call answers
        self.blocks: dict[int, dict[str, Any]] = {}
        self.logs: list[dict[str, Any]] = []

    @classmethod
    def from_etl(cls, folder: Path, tokens: dict[str, tuple[int, str]]) -> EthNode:
        node = cls(tokens)
        blocks = [
            json.loads(line)
            for line in (folder / "blocks_17173049_17173050_blocks.json").read_text().splitlines()
        ]
        with (folder / "blocks_with_withdrawals_transactions.csv").open() as handle:
            txs = list(csv.DictReader(handle))
        for block in blocks:
            node.blocks[block["number"]] = {
                "number": hex(block["number"]),
                "hash": block["hash"],
                "parentHash": block["parent_hash"],
                "timestamp": hex(block["timestamp"]),
                "miner": block["miner"],
                "gasUsed": hex(block["gas_used"]),
                "transactions": [
                    {
                        "hash": tx["hash"],
                        "from": tx["from_address"],
                        "to": tx["to_address"] or None,
                        "value": hex(int(tx["value"])),
                        "transactionIndex": hex(int(tx["transaction_index"])),
                        "blockNumber": hex(int(tx["block_number"])),
                        "blockHash": tx["block_hash"],
                    }
                    for tx in sorted(txs, key=lambda t: int(t["transaction_index"]))
                    if int(tx["block_number"]) == block["number"]
                ],
            }
        for line in (
            (folder / "blocks_17173049_17173050_token_transfers.json").read_text().splitlines()
        ):
            item = json.loads(line)
            node.logs.append(
                {
                    "address": item["token_address"],
                    "topics": [TRANSFER, _pad(item["from_address"]), _pad(item["to_address"])],
                    "data": "0x" + item["value"].to_bytes(32, "big").hex(),
                    "blockNumber": hex(item["block_number"]),
                    "blockHash": item["block_hash"],
                    "transactionHash": item["transaction_hash"],
                    "logIndex": hex(item["log_index"]),
                    "removed": False,
                }
            )
        return node

    def handle(self, method: str, params: list[Any]) -> Any:
        if method == "eth_blockNumber":
            return hex(max(self.blocks))
        if method == "eth_getBlockByNumber":
            block = self.blocks.get(int(params[0], 16))
            if block is None or params[1]:
                return block
            return block | {"transactions": [tx["hash"] for tx in block["transactions"]]}
        if method == "eth_getLogs":
            query = params[0]
            low, high = int(query["fromBlock"], 16), int(query["toBlock"], 16)
            hashes = {n: b["hash"] for n, b in self.blocks.items()}
            return [
                log
                for log in self.logs
                if low <= int(log["blockNumber"], 16) <= high
                and hashes.get(int(log["blockNumber"], 16)) == log["blockHash"]
                and log["topics"][0] in query.get("topics", [TRANSFER])
            ]
        if method == "eth_call":
            call = params[0]
            token = self.tokens.get(call["to"])
            if token is None:
                raise RpcError(3, "execution reverted")
            if call["data"] == DECIMALS:
                return "0x" + token[0].to_bytes(32, "big").hex()
            if call["data"] == SYMBOL:
                return _abi_string(token[1])
            raise RpcError(3, "execution reverted")
        raise RpcError(-32601, f"the method {method} does not exist/is not available")


class BtcNode(JsonRpcNode):
    """Bitcoin Core: ``getblockcount``, ``getblockhash <height>``, ``getblock <hash> 2``."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: dict[str, dict[str, Any]] = {}  # hash -> getblock verbosity-2 answer
        self.chain: dict[int, str] = {}  # height -> hash on the active chain

    def add_block(self, block: dict[str, Any]) -> None:
        self.blocks[block["hash"]] = block
        self.chain[block["height"]] = block["hash"]

    @classmethod
    def from_etl(cls, folders: list[Path]) -> BtcNode:
        node = cls()
        for folder in folders:
            for path in sorted(folder.glob("rpc_response_getblock_*_2.json")):
                node.add_block(json.loads(path.read_text()))
        return node

    def handle(self, method: str, params: list[Any]) -> Any:
        if method == "getblockcount":
            return max(self.chain)
        if method == "getblockhash":
            if params[0] not in self.chain:
                raise RpcError(-8, "Block height out of range")
            return self.chain[params[0]]
        if method == "getblock":
            if params[0] not in self.blocks:
                raise RpcError(-5, "Block not found")
            return self.blocks[params[0]]
        raise RpcError(-32601, "Method not found")
