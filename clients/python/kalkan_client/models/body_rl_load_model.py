from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="BodyRlLoadModel")


@_attrs_define
class BodyRlLoadModel:
    """
    Attributes:
        model_id (None | str | Unset):
        file (File | None | Unset): An SB3 .zip
        name (str | Unset):  Default: 'uploaded'.
        algo (None | str | Unset): AlgoSpec JSON (algo, net_arch)
        env (None | str | Unset): EnvSpec JSON the agent was trained in
    """

    model_id: None | str | Unset = UNSET
    file: File | None | Unset = UNSET
    name: str | Unset = "uploaded"
    algo: None | str | Unset = UNSET
    env: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        file: FileTypes | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, File):
            file = self.file.to_tuple()

        else:
            file = self.file

        name = self.name

        algo: None | str | Unset
        if isinstance(self.algo, Unset):
            algo = UNSET
        else:
            algo = self.algo

        env: None | str | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        else:
            env = self.env

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if file is not UNSET:
            field_dict["file"] = file
        if name is not UNSET:
            field_dict["name"] = name
        if algo is not UNSET:
            field_dict["algo"] = algo
        if env is not UNSET:
            field_dict["env"] = env

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.model_id, Unset):
            if isinstance(self.model_id, str):
                files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))
            else:
                files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            if isinstance(self.file, File):
                files.append(("file", self.file.to_tuple()))
            else:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.algo, Unset):
            if isinstance(self.algo, str):
                files.append(("algo", (None, str(self.algo).encode(), "text/plain")))
            else:
                files.append(("algo", (None, str(self.algo).encode(), "text/plain")))

        if not isinstance(self.env, Unset):
            if isinstance(self.env, str):
                files.append(("env", (None, str(self.env).encode(), "text/plain")))
            else:
                files.append(("env", (None, str(self.env).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_file(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                file_type_0 = File(payload=BytesIO(data))

                return file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(File | None | Unset, data)

        file = _parse_file(d.pop("file", UNSET))

        name = d.pop("name", UNSET)

        def _parse_algo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        algo = _parse_algo(d.pop("algo", UNSET))

        def _parse_env(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env = _parse_env(d.pop("env", UNSET))

        body_rl_load_model = cls(
            model_id=model_id,
            file=file,
            name=name,
            algo=algo,
            env=env,
        )

        body_rl_load_model.additional_properties = d
        return body_rl_load_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
