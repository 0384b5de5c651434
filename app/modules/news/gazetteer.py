"""Gazetteers for the entity ruler: coins (names and tickers, with ambiguity flags), exchanges,
regulators and well-known people/organisations, each mapped to the coins it moves.

``AMBIGUOUS`` tickers are English words or common abbreviations ("ONE", "GAS", "SAND", "LINK"):
they count only as a cashtag (``$LINK``), or in upper case in a text that is not shouting in
capitals, or next to a crypto context word; the lower-case word never does.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Coin:
    ticker: str
    names: tuple[str, ...]


COINS: tuple[Coin, ...] = (
    Coin("BTC", ("bitcoin", "bitcoins", "xbt")),
    Coin("ETH", ("ethereum", "ether")),
    Coin("USDT", ("tether",)),
    Coin("USDC", ("usd coin",)),
    Coin("BNB", ("bnb chain", "binance coin")),
    Coin("XRP", ("xrp ledger",)),
    Coin("SOL", ("solana",)),
    Coin("ADA", ("cardano",)),
    Coin("DOGE", ("dogecoin",)),
    Coin("TRX", ("tron",)),
    Coin("TON", ("toncoin",)),
    Coin("DOT", ("polkadot",)),
    Coin("MATIC", ("polygon",)),
    Coin("POL", ()),
    Coin("AVAX", ("avalanche",)),
    Coin("SHIB", ("shiba inu",)),
    Coin("LTC", ("litecoin",)),
    Coin("LINK", ("chainlink",)),
    Coin("BCH", ("bitcoin cash",)),
    Coin("XLM", ("stellar lumens",)),
    Coin("ATOM", ("cosmos hub",)),
    Coin("UNI", ("uniswap",)),
    Coin("XMR", ("monero",)),
    Coin("ETC", ("ethereum classic",)),
    Coin("FIL", ("filecoin",)),
    Coin("APT", ("aptos",)),
    Coin("ARB", ("arbitrum",)),
    Coin("OP", ("optimism network",)),
    Coin("NEAR", ("near protocol",)),
    Coin("ALGO", ("algorand",)),
    Coin("VET", ("vechain",)),
    Coin("ICP", ("internet computer",)),
    Coin("AAVE", ("aave",)),
    Coin("MKR", ("makerdao",)),
    Coin("SAND", ("the sandbox",)),
    Coin("MANA", ("decentraland",)),
    Coin("AXS", ("axie infinity",)),
    Coin("GALA", ("gala games",)),
    Coin("ONE", ("harmony one", "harmony protocol")),
    Coin("GAS", ()),
    Coin("NEO", ()),
    Coin("EOS", ()),
    Coin("XTZ", ("tezos",)),
    Coin("SUI", ()),
    Coin("SEI", ()),
    Coin("INJ", ("injective",)),
    Coin("PEPE", ("pepecoin",)),
    Coin("FTM", ("fantom",)),
    Coin("HBAR", ("hedera",)),
    Coin("CRO", ("cronos",)),
    Coin("OKB", ()),
    Coin("KCS", ("kucoin token",)),
    Coin("FTT", ("ftx token",)),
    Coin("LUNA", ("terra luna",)),
    Coin("UST", ("terrausd",)),
    Coin("CRV", ("curve finance",)),
    Coin("LDO", ("lido dao",)),
    Coin("FLOW", ()),
    Coin("CAKE", ("pancakeswap",)),
    Coin("WLD", ("worldcoin",)),
)

# Tickers that are words, names or common abbreviations.
AMBIGUOUS = frozenset(
    {
        "ONE",
        "GAS",
        "SAND",
        "LINK",
        "NEAR",
        "FLOW",
        "DOT",
        "UNI",
        "OP",
        "ATOM",
        "CAKE",
        "SUI",
        "SEI",
        "NEO",
        "EOS",
        "APT",
        "ARB",
        "GALA",
        "MANA",
        "POL",
        "FIL",
        "TON",
        "SOL",
        "ICP",
        "UST",
        "ETC",
        "OKB",
        "CRO",
        "LUNA",
        "PEPE",
        "WLD",
        "INJ",
        "LDO",
        "CRV",
        "VET",
        "ALGO",
    }
)
STABLECOINS = frozenset({"USDT", "USDC", "UST", "DAI", "BUSD"})

# Words that make an upper-case ambiguous ticker a coin: "ONE token", "GAS price", "LINK/USDT".
CONTEXT_WORDS = frozenset(
    {
        "token",
        "tokens",
        "coin",
        "coins",
        "crypto",
        "price",
        "prices",
        "rally",
        "rallies",
        "surges",
        "plunges",
        "pumps",
        "dumps",
        "usdt",
        "usd",
        "holders",
        "whales",
        "airdrop",
        "staking",
        "listing",
        "delisting",
        "futures",
        "perpetual",
        "altcoin",
        "altcoins",
    }
)

# name (lower case) → (label, key, coins it maps to)
EXCHANGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "binance": ("binance", ("BNB",)),
    "coinbase": ("coinbase", ()),
    "kraken": ("kraken", ()),
    "okx": ("okx", ("OKB",)),
    "bybit": ("bybit", ()),
    "bitget": ("bitget", ()),
    "kucoin": ("kucoin", ("KCS",)),
    "gemini": ("gemini", ()),
    "bitstamp": ("bitstamp", ()),
    "bitfinex": ("bitfinex", ()),
    "huobi": ("htx", ()),
    "htx": ("htx", ()),
    "ftx": ("ftx", ("FTT",)),
    "crypto.com": ("cryptocom", ("CRO",)),
    "upbit": ("upbit", ()),
    "gate.io": ("gateio", ()),
    "mexc": ("mexc", ()),
    "uniswap": ("uniswap", ("UNI",)),
}
REGULATORS: dict[str, str] = {
    "sec": "SEC",
    "securities and exchange commission": "SEC",
    "cftc": "CFTC",
    "doj": "DOJ",
    "department of justice": "DOJ",
    "fca": "FCA",
    "esma": "ESMA",
    "fincen": "FinCEN",
    "ofac": "OFAC",
    "irs": "IRS",
    "federal reserve": "Federal Reserve",
    "the fed": "Federal Reserve",
    "fomc": "Federal Reserve",
    "ecb": "ECB",
    "european central bank": "ECB",
    "pboc": "PBOC",
    "people's bank of china": "PBOC",
    "bafin": "BaFin",
    "mas": "MAS",
    "monetary authority of singapore": "MAS",
    "nydfs": "NYDFS",
    "treasury": "US Treasury",
}
# Ambiguous regulator abbreviations that must be upper case ("mas" is a word in Spanish, "sec"
# means a second).
UPPER_ONLY_REGULATORS = frozenset({"sec", "mas", "irs", "doj", "fca", "ecb", "cftc", "esma"})
PEOPLE: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # lower-case name → (label, canonical, coins)
    "changpeng zhao": ("PERSON", "Changpeng Zhao", ("BNB",)),
    "cz": ("PERSON", "Changpeng Zhao", ("BNB",)),
    "vitalik buterin": ("PERSON", "Vitalik Buterin", ("ETH",)),
    "sam bankman-fried": ("PERSON", "Sam Bankman-Fried", ("FTT",)),
    "sbf": ("PERSON", "Sam Bankman-Fried", ("FTT",)),
    "michael saylor": ("PERSON", "Michael Saylor", ("BTC",)),
    "elon musk": ("PERSON", "Elon Musk", ("DOGE",)),
    "gary gensler": ("PERSON", "Gary Gensler", ()),
    "jerome powell": ("PERSON", "Jerome Powell", ()),
    "brian armstrong": ("PERSON", "Brian Armstrong", ()),
    "do kwon": ("PERSON", "Do Kwon", ("LUNA",)),
    "justin sun": ("PERSON", "Justin Sun", ("TRX",)),
    "charles hoskinson": ("PERSON", "Charles Hoskinson", ("ADA",)),
    "brad garlinghouse": ("PERSON", "Brad Garlinghouse", ("XRP",)),
    "larry fink": ("PERSON", "Larry Fink", ("BTC",)),
    "blackrock": ("ORG", "BlackRock", ("BTC",)),
    "grayscale": ("ORG", "Grayscale", ("BTC",)),
    "microstrategy": ("ORG", "MicroStrategy", ("BTC",)),
    "fidelity": ("ORG", "Fidelity", ("BTC",)),
    "ripple": ("ORG", "Ripple", ("XRP",)),
    "circle": ("ORG", "Circle", ("USDC",)),
    "tether limited": ("ORG", "Tether", ("USDT",)),
    "ark invest": ("ORG", "ARK Invest", ("BTC",)),
    "terraform labs": ("ORG", "Terraform Labs", ("LUNA",)),
    "celsius": ("ORG", "Celsius", ()),
    "opensea": ("ORG", "OpenSea", ("ETH",)),
}
# Short upper-case-only person aliases
UPPER_ONLY_PEOPLE = frozenset({"cz", "sbf"})
