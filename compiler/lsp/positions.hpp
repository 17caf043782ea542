#pragma once
// Byte offsets to LSP positions and back. The protocol counts columns in UTF-16
// code units, so `é` is one, `中` one and an emoji two.

#include "compiler/source/source_file.hpp"

#include <nlohmann/json.hpp>

namespace bp::lsp {

nlohmann::json position(const source::SourceFile& file, std::size_t offset);
nlohmann::json range(const source::SourceFile& file, source::Span span);
// The byte offset of an LSP position, clamped to the text.
std::size_t offset_of(const source::SourceFile& file, const nlohmann::json& position);

} // namespace bp::lsp
