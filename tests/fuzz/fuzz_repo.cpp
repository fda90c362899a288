// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target "repo": the repository detectors and importers of core/import/repo — compose,
// Kubernetes manifests and Dockerfiles — each fed the same input (importers held in memory:
// importComposeBytes, importManifestBytes, importDockerfileBytes), as discovery may hand any file
// to any of them. An input containing a line "#---8<---" is split there into two manifest files
// imported together, so a Service in one can select a workload in the other (dictionary:
// repo.dict). Every fragment must survive the project file's write/read round trip unchanged.

#include "fuzzsupport.h"

#include "import/repo/composeimporter.h"
#include "import/repo/dockerfileimporter.h"
#include "import/repo/kubernetesimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tw;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QByteArray head = bytes.left(4096);
    (void)compose::looksLikeCompose(QStringLiteral("stack.yml"), head);
    (void)kubernetes::looksLikeManifest(head);
    (void)dockerfile::looksLikeDockerfile(QString::fromUtf8(head.left(64)));

    auto check = [](const Result<ModelFragment> &fragment) {
        if (fragment)
            fuzz::checkRoundTrip(*fragment);
        else
            TW_FUZZ_CHECK(!fragment.error().message.isEmpty(), QStringLiteral("an error without a message"));
    };
    check(compose::importComposeBytes(bytes, QStringLiteral("docker-compose.yml")));

    QList<std::pair<QString, QByteArray>> manifests;
    const qsizetype cut = bytes.indexOf("\n#---8<---\n");
    if (cut >= 0) {
        manifests.append({QStringLiteral("k8s/a.yaml"), bytes.left(cut + 1)});
        manifests.append({QStringLiteral("k8s/b.yaml"), bytes.mid(cut + 11)});
    } else {
        manifests.append({QStringLiteral("k8s/all.yaml"), bytes});
    }
    check(kubernetes::importManifestBytes(manifests));
    check(dockerfile::importDockerfileBytes(bytes, QStringLiteral("api/Dockerfile"), QStringLiteral("api")));
    return 0;
}
