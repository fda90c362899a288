// SPDX-License-Identifier: GPL-3.0-or-later
// Writes versions of 10,000 threats each, forever, into the project given as argument; prints
// "committed <version>" after each commit so the test knows what must survive a SIGKILL.

#include "model/synthetic.h"
#include "store/project.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto project = tw::Project::open(QString::fromLocal8Bit(argv[1]));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.errorString()));
        return 2;
    }
    for (quint32 round = 1;; ++round) {
        // A different seed each round: every version has 10,000 new threats and retires the
        // previous ones, so each commit is a large write.
        const tw::SystemModel model = tw::syntheticModel({50, 2, 10000, round});
        auto version = (*project)->createVersion(model, tw::VersionMeta{QStringLiteral("crashwriter"),
                                                                        QStringLiteral("round %1").arg(round), {}, {}});
        if (!version) {
            std::fprintf(stderr, "%s\n", qPrintable(version.errorString()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(*version));
        std::fflush(stdout);
    }
}
