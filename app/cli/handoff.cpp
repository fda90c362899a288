// SPDX-License-Identifier: GPL-3.0-or-later
// threatwright-cli's hand-over of the commands it is built without (cli.h, handOff()).

#include "cli.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace tw::cli {

int handOff()
{
    // Where this executable lies, links resolved: the complete one is beside it in the build
    // tree, and TW_CLI_FULL_RELATIVE (bin → libexec) away from it when installed.
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    const std::filesystem::path dir = error ? std::filesystem::path(QFile::encodeName(QCoreApplication::applicationDirPath()).toStdString())
                                            : self.parent_path();
    const std::filesystem::path candidates[] = {dir / "threatwright-cli-full",
                                                (dir / TW_CLI_FULL_RELATIVE / "threatwright-cli-full").lexically_normal()};

    const QStringList arguments = QCoreApplication::arguments();
    std::vector<QByteArray> bytes;
    bytes.reserve(std::size_t(arguments.size()));
    for (const QString &argument : arguments)
        bytes.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);

    QStringList tried;
    int cause = 0;
    for (const std::filesystem::path &candidate : candidates) {
        ::execv(candidate.c_str(), argv.data()); // returns only on failure
        // The first failure says most (not there, not executable); the fallback's rarely differs.
        if (!cause)
            cause = errno;
        tried << QFile::decodeName(QByteArray::fromStdString(candidate.string()));
    }
    return fail(QCoreApplication::translate("tw::Cli", "this command runs in threatwright-cli-full, which could not be started "
                                                       "(%1): %2")
                    .arg(tried.join(QStringLiteral(", ")), QString::fromLocal8Bit(std::strerror(cause))));
}

} // namespace tw::cli
