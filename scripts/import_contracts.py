"""Project-specific import-linter contract types (registered in pyproject.toml `contract_types`).

`own_public`: a module never imports its own `public` — public.py is the door for other modules,
not a hub the module routes through. import-linter's `forbidden` contract cannot say "its own"
without one contract per module, and it refuses contracts on modules that do not exist yet; this
one covers every package in the containers, present and future.
"""

from __future__ import annotations

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


class OwnPublicContract(Contract):
    """For every package directly under `containers` that has a `public` child: no module of that
    package (its `__init__` and subpackages included) imports the `public` child directly. An
    indirect route always has a direct culprit inside the package or crosses the layers."""

    type_name = "own_public"
    containers = fields.ListField(subfield=fields.ModuleField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        illegal: list[tuple[str, str, list[int]]] = []
        for container in self.containers:
            if container.name not in graph.modules:
                raise ValueError(f"Container '{container.name}' does not exist.")
            for package in sorted(graph.find_children(container.name)):
                public = f"{package}.public"
                if public not in graph.modules:
                    continue
                own = ({package} | graph.find_descendants(package)) - {public}
                own -= graph.find_descendants(public)
                for importer in sorted(graph.find_modules_that_directly_import(public) & own):
                    details = graph.get_import_details(importer=importer, imported=public)
                    illegal.append((importer, public, sorted(d["line_number"] for d in details)))
        return ContractCheck(kept=not illegal, metadata={"illegal": illegal})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, public, lines in check.metadata["illegal"]:
            numbers = ", ".join(str(line) for line in lines)
            output.print_error(f"- {importer} -> {public} (l.{numbers})", bold=False)
            output.new_line()
