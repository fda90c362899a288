// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

#include <atomic>
#include <functional>

/**
 * The OpenAPI/Swagger importer: Swagger 2.0, OpenAPI 3.0 and 3.1, YAML or JSON, one file or many
 * joined by relative `$ref`s. One API component per document, one entry point per operation with
 * its effective security, data assets from request/response schemas, webhooks and callbacks as
 * outbound flows to an external entity. Never touches the network, never reads outside rootDir.
 */
namespace tw::openapi {

struct ImportOptions
{
    /// `$ref`s may not leave this folder; empty means the spec's own folder.
    QString rootDir;
    /// Polled while importing; when it becomes true the import stops with the error "cancelled".
    const std::atomic<bool> *cancel = nullptr;
    /// Called with 0..100 as the import advances.
    std::function<void(int percent)> progress;
    /// Large documents map their operations on two threads (same result, in document order);
    /// false keeps everything on the calling thread (tests compare the two).
    bool parallel = true;
};

Result<ModelFragment> importSpec(const QString &path, const ImportOptions &options = {});
/**
 * Imports a specification held in memory as if it were the file `path` (which need not exist;
 * its name is used in SourceRefs and decides the format by suffix, otherwise it is sniffed).
 * Relative `$ref`s to other files are read from disk, inside the import root.
 */
Result<ModelFragment> importSpecBytes(const QByteArray &bytes, const QString &path, const ImportOptions &options = {});

/** The id slug of a title: lower case, runs of other characters as one '-'. */
QString slugify(const QString &text);

} // namespace tw::openapi
