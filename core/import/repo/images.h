// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QString>

/** What container images and environment names say, shared by the compose and Kubernetes importers. */
namespace tw::images {

struct ImageKind
{
    const char *pattern; ///< the image name contains this
    ComponentKind kind;
    const char *protocol;
    int port;
};

/** The kind of a well-known image ("postgres:15" is a data store); nullptr when unknown. */
const ImageKind *imageKind(const QString &image);

/** Pinned by digest (@sha256:…)? */
bool isPinned(const QString &image);

/** No tag, or "latest": what runs changes without anyone changing the manifest. */
bool isFloating(const QString &image);

/** Does an environment variable's name say it holds a secret? */
bool isSecretName(const QString &name);

/**
 * The component a folder stands for (its Dockerfile, its package manifest, its code): the
 * folder's name, or the root's for files at the top. A folder called "src" names its parent
 * (src/cartservice/src/Dockerfile is cartservice's), as compose and Kubernetes would name it.
 * `relativeFolder` is relative to the import root ("" or "." for the root).
 */
QString componentNameOf(const QString &relativeFolder, const QString &rootName);

/** "sha256:" + 8 hex digits of a secret value: enough to recognise it, useless to use it. */
QString redact(const QString &value);

} // namespace tw::images
