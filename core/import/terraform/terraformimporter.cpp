// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/terraformimporter.h"

#include "import/terraform/evaluator.h"
#include "import/terraform/facts.h"
#include "import/terraform/hcl/parser.h"
#include "import/terraform/resourcetypes.h"
#include "import/terraform/tfjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

namespace tw::terraform {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Terraform)
};

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

constexpr int kMaxModuleDepth = 16;

struct SourceFile
{
    QString rel; ///< relative to the import root
    std::shared_ptr<const hcl::File> file;
};

class Importer;
class Module;

/** One instance of a resource (or policy-document data source) after count/for_each expansion. */
struct Instance
{
    QString address;
    QString declKey; ///< address without the instance key
    QString type;
    bool isData = false;
    const ResourceType *entry = nullptr;
    Value config;
    struct Ref
    {
        QString label; ///< the top-level attribute the reference sits in
        Reference ref;
    };
    QList<Ref> refs;
    SourceRef source;
    Module *module = nullptr;
    QJsonArray textSecrets; ///< found in the literal parts of templates whose whole value is unknown
    Value containerSketch;  ///< ECS container definitions evaluated in sketch mode (reconciliation keys only)
};

class Module final : public Resolver
{
public:
    Module(Importer *importer, QString prefix, QString dir) : m_importer(importer), m_prefix(std::move(prefix)), m_dir(std::move(dir)) {}

    Value variable(const QString &name) override { return m_vars.value(name); }
    Value local(const QString &name) override;
    Value data(const QString &type, const QString &name) override;
    Value pathValue(const QString &which) override;

    Importer *m_importer;
    QString m_prefix;
    QString m_dir; ///< absolute
    std::vector<SourceFile> m_files;
    QHash<QString, Value> m_vars;
    struct Def
    {
        const hcl::Expression *expr = nullptr;
        const SourceFile *file = nullptr;
        hcl::Range range;
    };
    QHash<QString, Def> m_locals;
    QHash<QString, Value> m_localValues;
    QSet<QString> m_evaluating;
    QHash<QString, std::pair<const hcl::Block *, const SourceFile *>> m_dataBlocks;
    QHash<QString, Value> m_dataValues;
    QHash<QString, Def> m_outputs;
    QHash<QString, Module *> m_children; ///< by module call name
    Evaluator m_eval{this};
};

class Importer
{
public:
    Importer(const ImportOptions &options) : m_options(options) {}
    Result<ModelFragment> run(const QString &path);

    SourceRef sourceRef(const SourceFile &file, const hcl::Range &range) const
    {
        return SourceRef{m_artifact, file.rel, range.start.line, range.start.column};
    }
    void diagnose(DiagnosticLevel level, const QString &message, SourceRef source = {})
    {
        m_fragment.diagnostics.append(Diagnostic{level, message, std::move(source)});
    }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    QSet<QString> m_reportedCycles;

private:
    friend class Module;
    Module *loadModule(const QString &prefix, const QString &dir, const QStringList &onlyFiles, int depth,
                       QStringList callStack, QHash<QString, Value> args = {});
    void readFile(Module &m, const QString &absPath);
    void readBody(Module &m, const SourceFile &sf, const hcl::Body &body, QList<std::pair<const hcl::Block *, const SourceFile *>> &resources,
                  QList<std::pair<const hcl::Block *, const SourceFile *>> &calls);
    void readTfvars(Module &m);
    void expandResource(Module &m, const hcl::Block *block, const SourceFile *sf, bool isData);
    Value evalBody(Module &m, const hcl::Body &body, const Scope &scope, int depth);
    void collectBodyRefs(const hcl::Body &body, const QString &label, QList<Instance::Ref> &out, int depth);
    void callModule(Module &parent, const hcl::Block *block, const SourceFile *sf, int depth, const QStringList &callStack);
    void checkProvider(Module &m, const hcl::Block *block, const SourceFile *sf);
    void checkVariableDefault(const QString &name, const Value &value, const SourceRef &where);
    void map();
    QList<int> resolveRef(const Module *m, const Reference &ref, int depth) const;
    QString endpointTarget(const Instance &inst, const QString &sketch, const std::vector<QString> &elementOf) const;
    QString rel(const QString &absPath) const
    {
        return QDir(m_root).relativeFilePath(absPath);
    }
    bool insideRoot(const QString &canonical) const
    {
        return canonical == m_root || canonical.startsWith(m_root + QLatin1Char('/'));
    }

    ImportOptions m_options;
    QString m_root;
    QString m_artifact;
    ModelFragment m_fragment;
    std::vector<std::unique_ptr<Module>> m_modules;
    std::vector<Instance> m_instances;
    QHash<QString, QList<int>> m_byDecl;
    QHash<QString, int> m_byAddress;
    int m_filesTotal = 1;
    int m_filesDone = 0;
    int m_lastProgress = 0;
};

Value Module::local(const QString &name)
{
    if (auto it = m_localValues.constFind(name); it != m_localValues.constEnd())
        return it.value();
    auto def = m_locals.constFind(name);
    if (def == m_locals.constEnd())
        return Value();
    if (m_evaluating.contains(name)) {
        // Terraform refuses such a configuration; we report it once and leave the values unknown.
        const QString id = m_prefix + QStringLiteral("local.") + name;
        if (!m_importer->m_reportedCycles.contains(id)) {
            m_importer->m_reportedCycles.insert(id);
            m_importer->diagnose(DiagnosticLevel::Error,
                                 Tr::tr("Cycle between local values: local.%1 depends on itself").arg(name),
                                 m_importer->sourceRef(*def->file, def->range));
        }
        return Value();
    }
    m_evaluating.insert(name);
    const Value v = m_eval.evaluate(def->expr);
    m_evaluating.remove(name);
    m_localValues.insert(name, v);
    return v;
}

Value Module::pathValue(const QString &which)
{
    if (which == QLatin1StringView("module"))
        return Value::string(m_importer->rel(m_dir).isEmpty() ? QStringLiteral(".") : m_importer->rel(m_dir));
    if (which == QLatin1StringView("root"))
        return Value::string(QStringLiteral("."));
    // path.cwd is the absolute directory Terraform runs in: not knowable from the files.
    return Value();
}

/** Builds the JSON of an aws_iam_policy_document so that `.json` references can be analysed. */
Value Module::data(const QString &type, const QString &name)
{
    if (type != QLatin1StringView("aws_iam_policy_document"))
        return Value();
    const QString k = type + QLatin1Char('.') + name;
    if (auto it = m_dataValues.constFind(k); it != m_dataValues.constEnd())
        return it.value();
    auto blockIt = m_dataBlocks.constFind(k);
    if (blockIt == m_dataBlocks.constEnd())
        return Value();
    m_dataValues.insert(k, Value()); // guards against self-reference while building
    const hcl::Body &body = blockIt->first->body();
    Value::List statements;
    for (const hcl::Block *st : body.blocks()) {
        if (st->type() != "statement")
            continue;
        Value::Map s;
        auto attr = [&](const char *n) {
            const hcl::Attribute *a = st->body().findAttribute(n);
            return a ? m_eval.evaluate(a->expression()) : Value::null();
        };
        const Value effect = attr("effect");
        s.emplace(QStringLiteral("Effect"), effect.isNull() ? Value::string(QStringLiteral("Allow")) : effect);
        for (auto [from, to] : {std::pair{"actions", "Action"}, std::pair{"not_actions", "NotAction"},
                                std::pair{"resources", "Resource"}, std::pair{"not_resources", "NotResource"}}) {
            const Value v = attr(from);
            if (!v.isNull())
                s.emplace(QString::fromLatin1(to), v);
        }
        Value::Map principals;
        for (const hcl::Block *p : st->body().blocks()) {
            if (p->type() != "principals")
                continue;
            const hcl::Attribute *t = p->body().findAttribute("type");
            const hcl::Attribute *ids = p->body().findAttribute("identifiers");
            const auto typeName = t ? m_eval.evaluate(t->expression()).asString() : std::nullopt;
            principals.insert_or_assign(typeName.value_or(QStringLiteral("?")),
                                        ids ? m_eval.evaluate(ids->expression()) : Value());
        }
        if (!principals.empty()) {
            auto star = principals.find(QStringLiteral("*"));
            s.emplace(QStringLiteral("Principal"), star != principals.end() ? Value::string(QStringLiteral("*"))
                                                                           : Value::map(std::move(principals)));
        }
        statements.push_back(Value::map(std::move(s)));
    }
    Value::Map doc{{QStringLiteral("Version"), Value::string(QStringLiteral("2012-10-17"))},
                   {QStringLiteral("Statement"), Value::list(std::move(statements))}};
    const Value docValue = Value::map(doc);
    const auto json = docValue.toJson();
    // Unknown parts (a resource ARN) make the text unknown, but the decoded form still carries
    // the wildcards, so both are offered.
    Value::Map result{{QStringLiteral("json"), json ? Value::string(*json) : Value()},
                      {QStringLiteral("document"), docValue}};
    const Value v = Value::map(std::move(result));
    m_dataValues.insert(k, v);
    return v;
}

Result<ModelFragment> Importer::run(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Tr::tr("No such file or directory"), path);
    const QString dir = info.isDir() ? info.canonicalFilePath() : info.canonicalPath();
    m_root = m_options.rootDir.isEmpty() ? dir : QFileInfo(m_options.rootDir).canonicalFilePath();
    if (m_root.isEmpty())
        return makeError(Tr::tr("The import root does not exist"), m_options.rootDir);
    if (!insideRoot(info.canonicalFilePath()))
        return makeError(Tr::tr("The input lies outside the import root"), path);
    m_artifact = info.fileName();
    QStringList only;
    if (!info.isDir())
        only.append(info.canonicalFilePath());
    if (m_options.progress)
        m_options.progress(0);
    loadModule(QString(), dir, only, 0, {});
    if (cancelled())
        return makeError(Tr::tr("cancelled"));
    map();
    if (cancelled())
        return makeError(Tr::tr("cancelled"));
    if (m_options.progress)
        m_options.progress(100);
    return std::move(m_fragment);
}

void Importer::readFile(Module &m, const QString &absPath)
{
    QFile f(absPath);
    SourceFile sf;
    sf.rel = rel(absPath);
    if (!f.open(QIODevice::ReadOnly)) {
        diagnose(DiagnosticLevel::Error, Tr::tr("Cannot read the file: %1").arg(f.errorString()), SourceRef{m_artifact, sf.rel, 0, 0});
        return;
    }
    QByteArray bytes = f.readAll();
    if (absPath.endsWith(QLatin1StringView(".json"))) {
        QString error;
        int line = 0, column = 0;
        bytes = isPlanJson(bytes) ? planJsonToHcl(bytes, &error) : tfJsonToHcl(bytes, &error, &line, &column);
        if (!error.isEmpty()) {
            diagnose(DiagnosticLevel::Error, error, SourceRef{m_artifact, sf.rel, line, column});
            return;
        }
    }
    hcl::Diagnostic error;
    sf.file = hcl::parse(bytes, sf.rel, &error);
    if (!sf.file) {
        diagnose(DiagnosticLevel::Error, error.summary + QStringLiteral(": ") + error.detail,
                 SourceRef{m_artifact, sf.rel, error.range.start.line, error.range.start.column});
        return;
    }
    m.m_files.push_back(std::move(sf));
}

Module *Importer::loadModule(const QString &prefix, const QString &dir, const QStringList &onlyFiles, int depth,
                             QStringList callStack, QHash<QString, Value> args)
{
    auto owned = std::make_unique<Module>(this, prefix, dir);
    Module *m = owned.get();
    m->m_vars = std::move(args);
    m_modules.push_back(std::move(owned));
    callStack.append(dir);

    QStringList paths = onlyFiles;
    if (paths.isEmpty()) {
        const QFileInfoList entries = QDir(dir).entryInfoList(
            {QStringLiteral("*.tf"), QStringLiteral("*.tf.json"), QStringLiteral("*.tofu"), QStringLiteral("*.tofu.json")},
            QDir::Files, QDir::Name);
        for (const QFileInfo &e : entries)
            paths.append(e.canonicalFilePath());
    }
    m_filesTotal += int(paths.size());
    m->m_files.reserve(std::size_t(paths.size()));
    for (const QString &p : paths) {
        if (cancelled())
            return m;
        // A symlink may point elsewhere: the canonical path decides.
        if (!insideRoot(p)) {
            diagnose(DiagnosticLevel::Error, Tr::tr("Refusing to read a file outside the import root"), SourceRef{m_artifact, QFileInfo(p).fileName(), 0, 0});
            continue;
        }
        readFile(*m, p);
        ++m_filesDone;
        // Modules found later grow the total: never let the reported figure go back.
        if (m_options.progress) {
            m_lastProgress = std::max(m_lastProgress, std::min(90, 90 * m_filesDone / std::max(1, m_filesTotal)));
            m_options.progress(m_lastProgress);
        }
    }

    QList<std::pair<const hcl::Block *, const SourceFile *>> resources;
    QList<std::pair<const hcl::Block *, const SourceFile *>> calls;
    for (const SourceFile &sf : m->m_files)
        readBody(*m, sf, sf.file->body(), resources, calls);
    if (prefix.isEmpty())
        readTfvars(*m);

    for (const auto &[block, sf] : calls) {
        if (cancelled())
            return m;
        callModule(*m, block, sf, depth, callStack);
    }
    for (const auto &[block, sf] : resources) {
        if (cancelled())
            return m;
        expandResource(*m, block, sf, block->type() == "data");
    }
    return m;
}

void Importer::readBody(Module &m, const SourceFile &sf, const hcl::Body &body,
                        QList<std::pair<const hcl::Block *, const SourceFile *>> &resources,
                        QList<std::pair<const hcl::Block *, const SourceFile *>> &calls)
{
    for (const hcl::Block *block : body.blocks()) {
        const auto labels = block->labels();
        const std::string_view type = block->type();
        if (type == "variable" && labels.size() == 1) {
            const QString name = qs(labels[0].value);
            if (m.m_vars.contains(name))
                continue; // a module call already supplied it
            const hcl::Attribute *def = block->body().findAttribute("default");
            const Value v = def ? m.m_eval.evaluate(def->expression()) : Value();
            m.m_vars.insert(name, v);
            if (def)
                checkVariableDefault(name, v, sourceRef(sf, def->range()));
        } else if (type == "locals") {
            for (const hcl::Attribute *a : block->body().attributes())
                m.m_locals.insert(qs(a->name()), Module::Def{a->expression(), &sf, a->nameRange()});
        } else if (type == "resource" && labels.size() == 2) {
            resources.append({block, &sf});
        } else if (type == "data" && labels.size() == 2) {
            m.m_dataBlocks.insert(qs(labels[0].value) + QLatin1Char('.') + qs(labels[1].value), {block, &sf});
            if (labels[0].value == "aws_iam_policy_document")
                resources.append({block, &sf});
        } else if (type == "output" && labels.size() == 1) {
            if (const hcl::Attribute *v = block->body().findAttribute("value"))
                m.m_outputs.insert(qs(labels[0].value), Module::Def{v->expression(), &sf, v->range()});
        } else if (type == "module" && labels.size() == 1) {
            calls.append({block, &sf});
        } else if (type == "provider" && labels.size() == 1) {
            checkProvider(m, block, &sf);
        }
    }
}

void Importer::readTfvars(Module &m)
{
    QStringList files;
    if (QFileInfo::exists(m.m_dir + QStringLiteral("/terraform.tfvars")))
        files.append(m.m_dir + QStringLiteral("/terraform.tfvars"));
    const QFileInfoList autos = QDir(m.m_dir).entryInfoList({QStringLiteral("*.auto.tfvars")}, QDir::Files, QDir::Name);
    for (const QFileInfo &a : autos)
        files.append(a.canonicalFilePath());
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        hcl::Diagnostic error;
        auto file = hcl::parse(f.readAll(), rel(path), &error);
        if (!file) {
            diagnose(DiagnosticLevel::Error, error.summary + QStringLiteral(": ") + error.detail,
                     SourceRef{m_artifact, rel(path), error.range.start.line, error.range.start.column});
            continue;
        }
        SourceFile sf{rel(path), file};
        for (const hcl::Attribute *a : file->body().attributes()) {
            const Value v = m.m_eval.evaluate(a->expression());
            m.m_vars.insert(qs(a->name()), v);
            checkVariableDefault(qs(a->name()), v, sourceRef(sf, a->range()));
        }
    }
}

void Importer::checkVariableDefault(const QString &name, const Value &value, const SourceRef &where)
{
    Value::Map wrap{{name, value}};
    const QJsonArray secrets = findSecrets(Value::map(std::move(wrap)));
    for (const QJsonValue &s : secrets)
        diagnose(DiagnosticLevel::Warning,
                 Tr::tr("Variable \"%1\" has a hard-coded value that looks like a %2 (%3); keep secrets out of the configuration")
                     .arg(name, s[QStringLiteral("type")].toString(), s[QStringLiteral("fingerprint")].toString()),
                 where);
}

void Importer::checkProvider(Module &m, const hcl::Block *block, const SourceFile *sf)
{
    const Value cfg = evalBody(m, block->body(), {}, 0);
    const QJsonArray secrets = findSecrets(cfg);
    if (secrets.isEmpty())
        return;
    QString address = m.m_prefix + QStringLiteral("provider.") + qs(block->labels()[0].value);
    if (auto alias = cfg.get(QStringLiteral("alias")).asString())
        address += QLatin1Char('.') + *alias;
    Component c;
    c.id = QStringLiteral("tf:") + address;
    c.name = address;
    c.kind = ComponentKind::Generic;
    c.technology = QStringLiteral("Terraform provider");
    c.tags = {QStringLiteral("terraform"), QStringLiteral("provider")};
    c.attributes.insert(QString::fromLatin1(fact::HardcodedSecrets), secrets);
    c.attributes.insert(QString::fromLatin1(fact::PlaintextSecret), true);
    c.sources.append(sourceRef(*sf, block->typeRange()));
    diagnose(DiagnosticLevel::Warning, Tr::tr("Provider \"%1\" has hard-coded credentials").arg(address), c.sources.front());
    m_fragment.components.append(std::move(c));
}

void Importer::callModule(Module &parent, const hcl::Block *block, const SourceFile *sf, int depth, const QStringList &callStack)
{
    const QString name = qs(block->labels()[0].value);
    const QString address = parent.m_prefix + QStringLiteral("module.") + name;
    const SourceRef where = sourceRef(*sf, block->typeRange());
    const hcl::Attribute *sourceAttr = block->body().findAttribute("source");
    const auto source = sourceAttr ? parent.m_eval.evaluate(sourceAttr->expression()).asString() : std::nullopt;
    if (!source) {
        diagnose(DiagnosticLevel::Warning, Tr::tr("Module \"%1\" has no static source; not imported").arg(address), where);
        return;
    }
    const bool local = source->startsWith(QLatin1StringView("./")) || source->startsWith(QLatin1StringView("../"))
        || *source == QLatin1StringView(".") || *source == QLatin1StringView("..");
    if (!local) {
        // Registry, git, http, s3 …: never fetched; recorded as an external dependency.
        Component c;
        c.id = QStringLiteral("tf:") + address;
        c.name = address;
        c.kind = ComponentKind::Generic;
        c.technology = QStringLiteral("Terraform module");
        c.tags = {QStringLiteral("terraform"), QStringLiteral("external-module")};
        c.attributes.insert(QStringLiteral("module-source"), *source);
        if (const hcl::Attribute *version = block->body().findAttribute("version"))
            if (auto v = parent.m_eval.evaluate(version->expression()).asString())
                c.attributes.insert(QStringLiteral("module-version"), *v);
        c.sources.append(where);
        m_fragment.components.append(std::move(c));
        return;
    }
    const QString target = QFileInfo(QDir(parent.m_dir).absoluteFilePath(*source)).canonicalFilePath();
    const QString lexical = QDir::cleanPath(QDir(parent.m_dir).absoluteFilePath(*source));
    if (!insideRoot(lexical) || (!target.isEmpty() && !insideRoot(target))) {
        diagnose(DiagnosticLevel::Error,
                 Tr::tr("Module \"%1\": source \"%2\" lies outside the import root; not read").arg(address, *source), where);
        return;
    }
    if (target.isEmpty() || !QFileInfo(target).isDir()) {
        diagnose(DiagnosticLevel::Error, Tr::tr("Module \"%1\": source \"%2\" not found").arg(address, *source), where);
        return;
    }
    if (depth + 1 > kMaxModuleDepth || callStack.contains(target)) {
        diagnose(DiagnosticLevel::Error, Tr::tr("Module \"%1\" calls itself (directly or through other modules); not expanded").arg(address), where);
        return;
    }
    // count/for_each on the call expand into one module instance per key, as in Terraform.
    struct Call
    {
        QString key; ///< "" or the instance key as written in references ("0", "blue")
        QString suffix;
        Scope scope;
    };
    std::vector<Call> instances;
    const hcl::Attribute *countAttr = block->body().findAttribute("count");
    const hcl::Attribute *forEachAttr = block->body().findAttribute("for_each");
    if (countAttr) {
        if (auto n = parent.m_eval.evaluate(countAttr->expression()).asNumber()) {
            for (int i = 0; i < int(std::min(*n, 1000.0)); ++i)
                instances.push_back({QString::number(i), QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                                     {{QStringLiteral("count"), Value::map({{QStringLiteral("index"), Value::number(i)}})}}});
        } else {
            instances.push_back({QString(), QString(), {{QStringLiteral("count"), Value::map({{QStringLiteral("index"), Value()}})}}});
        }
    } else if (forEachAttr) {
        const Value collection = parent.m_eval.evaluate(forEachAttr->expression());
        auto add = [&](const QString &k, const Value &v) {
            instances.push_back({k, QStringLiteral("[\"") + k + QStringLiteral("\"]"),
                                 {{QStringLiteral("each"), Value::map({{QStringLiteral("key"), Value::string(k)}, {QStringLiteral("value"), v}})}}});
        };
        if (collection.isMap()) {
            for (const auto &[k, v] : collection.entries())
                add(k, v);
        } else if (collection.isList() && collection.isWhollyKnown()) {
            for (const Value &v : collection.items())
                if (auto k = v.asString())
                    add(*k, v);
        } else {
            instances.push_back({QString(), QString(), {{QStringLiteral("each"), Value()}}});
        }
    } else {
        instances.push_back({QString(), QString(), {}});
    }
    static const QSet<QString> metaArguments{QStringLiteral("source"), QStringLiteral("version"), QStringLiteral("count"),
                                             QStringLiteral("for_each"), QStringLiteral("providers"), QStringLiteral("depends_on")};
    for (const Call &call : instances) {
        // Arguments are evaluated in the caller; they become the child's variables before its own
        // variable blocks add their defaults.
        QHash<QString, Value> args;
        for (const hcl::Attribute *a : block->body().attributes()) {
            const QString n = qs(a->name());
            if (!metaArguments.contains(n))
                args.insert(n, parent.m_eval.evaluate(a->expression(), call.scope));
        }
        Module *loaded = loadModule(address + call.suffix + QLatin1Char('.'), target, {}, depth + 1, callStack, std::move(args));
        if (!call.key.isEmpty())
            parent.m_children.insert(name + QLatin1Char('[') + call.key + QLatin1Char(']'), loaded);
        if (!parent.m_children.contains(name))
            parent.m_children.insert(name, loaded);
        if (cancelled())
            return;
    }
}


Value Importer::evalBody(Module &m, const hcl::Body &body, const Scope &scope, int depth)
{
    Value::Map out;
    if (depth > 32)
        return Value::map(std::move(out));
    for (const hcl::Attribute *a : body.attributes())
        if (!a->name().starts_with("__")) // importer bookkeeping from plan JSON
            out.insert_or_assign(qs(a->name()), m.m_eval.evaluate(a->expression(), scope));
    std::map<QString, Value::List> nested;
    for (const hcl::Block *b : body.blocks()) {
        const std::string_view type = b->type();
        if (type == "lifecycle" || type == "provisioner" || type == "connection")
            continue;
        if (type == "dynamic" && b->labels().size() == 1) {
            const QString name = qs(b->labels()[0].value);
            const hcl::Attribute *forEach = b->body().findAttribute("for_each");
            const hcl::Attribute *iteratorAttr = b->body().findAttribute("iterator");
            QString iterator = name;
            if (iteratorAttr && iteratorAttr->expression()->kind() == hcl::ExprKind::Variable)
                iterator = qs(iteratorAttr->expression()->name());
            const hcl::Block *content = nullptr;
            for (const hcl::Block *c : b->body().blocks())
                if (c->type() == "content")
                    content = c;
            const Value collection = forEach ? m.m_eval.evaluate(forEach->expression(), scope) : Value();
            Value::List &list = nested[name];
            if (!content || !(collection.isList() || collection.isMap())) {
                // How many blocks there will be is unknown: record one unknown entry.
                list.push_back(Value());
                continue;
            }
            auto visit = [&](const Value &k, const Value &v) {
                Scope inner = scope;
                inner.insert(iterator, Value::map({{QStringLiteral("key"), k}, {QStringLiteral("value"), v}}));
                list.push_back(evalBody(m, content->body(), inner, depth + 1));
            };
            if (collection.isList())
                for (std::size_t i = 0; i < collection.items().size(); ++i)
                    visit(Value::number(double(i)), collection.items()[i]);
            else
                for (const auto &[k, v] : collection.entries())
                    visit(Value::string(k), v);
            continue;
        }
        nested[qs(type)].push_back(evalBody(m, b->body(), scope, depth + 1));
    }
    for (auto &[name, list] : nested)
        out.insert_or_assign(name, Value::list(std::move(list)));
    return Value::map(std::move(out));
}

void Importer::collectBodyRefs(const hcl::Body &body, const QString &label, QList<Instance::Ref> &out, int depth)
{
    if (depth > 32)
        return;
    for (const hcl::Attribute *a : body.attributes()) {
        const QString name = qs(a->name());
        // depends_on orders operations; it carries no data.
        if (depth == 0 && (name == QLatin1StringView("depends_on") || name == QLatin1StringView("count")
                           || name == QLatin1StringView("for_each") || name == QLatin1StringView("provider")))
            continue;
        QList<Reference> refs;
        collectReferences(a->expression(), refs);
        for (Reference &r : refs)
            out.append({label.isEmpty() ? name : label, std::move(r)});
    }
    for (const hcl::Block *b : body.blocks()) {
        if (b->type() == "lifecycle")
            continue;
        QString blockLabel = qs(b->type());
        if (b->type() == "dynamic" && !b->labels().empty())
            blockLabel = qs(b->labels()[0].value);
        collectBodyRefs(b->body(), label.isEmpty() ? blockLabel : label, out, depth + 1);
    }
}

void Importer::expandResource(Module &m, const hcl::Block *block, const SourceFile *sf, bool isData)
{
    const QString type = qs(block->labels()[0].value);
    const QString name = qs(block->labels()[1].value);
    QString declKey = m.m_prefix + (isData ? QStringLiteral("data.") : QString()) + type + QLatin1Char('.') + name;
    const SourceRef where = sourceRef(*sf, block->typeRange());
    QList<Instance::Ref> refs;
    if (const hcl::Attribute *planned = block->body().findAttribute("__address")) {
        // A resource instance from plan/state JSON: its address and resolved values are final.
        const QString address = m.m_eval.evaluate(planned->expression()).asString().value_or(declKey);
        static const QRegularExpression instanceKey(QStringLiteral("\\[[^\\]]*\\]"));
        declKey = QString(address).remove(instanceKey);
        const QString prefix = declKey.left(declKey.size() - type.size() - name.size() - 1);
        if (const hcl::Attribute *r = block->body().findAttribute("__references")) {
            const Value list = m.m_eval.evaluate(r->expression());
            for (const Value &v : list.items()) {
                const QStringList parts = v.asString().value_or(QString()).split(QLatin1Char('.'));
                if (parts.size() < 2 || parts[0] == QLatin1StringView("var") || parts[0] == QLatin1StringView("local")
                    || parts[0] == QLatin1StringView("module") || parts[0] == QLatin1StringView("each")
                    || parts[0] == QLatin1StringView("count"))
                    continue;
                QString target = prefix + parts[0] + QLatin1Char('.') + parts[1];
                if (parts[0] == QLatin1StringView("data") && parts.size() > 2)
                    target += QLatin1Char('.') + parts[2];
                target.remove(instanceKey);
                refs.append({QStringLiteral("reference"), Reference{QStringLiteral("__decl"), {target}, nullptr}});
            }
        }
        Instance inst;
        inst.address = address;
        inst.declKey = declKey;
        inst.type = type;
        inst.entry = findResourceType(block->labels()[0].value);
        inst.config = evalBody(m, block->body(), {}, 0);
        if (auto defs = inst.config.get(QStringLiteral("container_definitions")).asString())
            inst.containerSketch = valueFromJson(*defs).value_or(Value());
        inst.refs = refs;
        inst.source = where;
        inst.module = &m;
        const int index = int(m_instances.size());
        m_byDecl[declKey].append(index);
        m_byAddress.insert(address, index);
        m_instances.push_back(std::move(inst));
        return;
    }
    collectBodyRefs(block->body(), {}, refs, 0);

    auto make = [&](const QString &address, const Scope &scope, bool unknownCount) {
        // Terraform refuses duplicate addresses (override files aside): keep the first, say so.
        if (m_byAddress.contains(address)) {
            diagnose(DiagnosticLevel::Warning, Tr::tr("Duplicate resource \"%1\"; only the first declaration is imported").arg(address), where);
            return;
        }
        Instance inst;
        inst.address = address;
        inst.declKey = declKey;
        inst.type = type;
        inst.isData = isData;
        inst.entry = isData ? nullptr : findResourceType(block->labels()[0].value);
        if (isData) {
            const Value doc = m.data(type, name).get(QStringLiteral("document"));
            inst.config = Value::map({{QStringLiteral("policy"), doc}});
        } else {
            inst.config = evalBody(m, block->body(), scope, 0);
        }
        if (unknownCount)
            inst.config = Value::map([&] {
                Value::Map e = inst.config.entries();
                e.insert_or_assign(QStringLiteral("__instances_unknown"), Value::boolean(true));
                return e;
            }());
        inst.refs = refs;
        inst.source = where;
        inst.module = &m;
        if (!isData && type == QLatin1StringView("aws_ecs_task_definition"))
            if (const hcl::Attribute *defs = block->body().findAttribute("container_definitions")) {
                // Which resource each environment variable names ("${aws_db_instance.orders.address}"):
                // the key that ties a container to the compose service running the same code.
                m.m_eval.setSketch(true);
                Value sketch = m.m_eval.evaluate(defs->expression(), scope);
                m.m_eval.setSketch(false);
                if (auto text = sketch.asString())
                    sketch = valueFromJson(*text).value_or(Value());
                inst.containerSketch = sketch;
            }
        if (!isData)
            for (const hcl::Attribute *a : block->body().attributes())
                if (a->expression()->kind() == hcl::ExprKind::Template && !inst.config.get(qs(a->name())).isKnown()) {
                    // Unknown parts become a marker so the literal text around them is still scanned.
                    QString text;
                    for (const hcl::Expression *part : a->expression()->children())
                        text += m.m_eval.evaluate(part, scope).asString().value_or(QStringLiteral("\x01"));
                    const QJsonArray found = findSecretsInText(text, qs(a->name()));
                    for (const QJsonValue &f : found)
                        inst.textSecrets.append(f);
                }
        const int index = int(m_instances.size());
        m_byDecl[declKey].append(index);
        m_byAddress.insert(address, index);
        m_instances.push_back(std::move(inst));
    };

    const hcl::Attribute *count = block->body().findAttribute("count");
    const hcl::Attribute *forEach = block->body().findAttribute("for_each");
    if (count) {
        const auto n = m.m_eval.evaluate(count->expression()).asNumber();
        if (!n) {
            make(declKey, {{QStringLiteral("count"), Value::map({{QStringLiteral("index"), Value()}})}}, true);
            return;
        }
        for (int i = 0; i < int(std::min(*n, 1000.0)); ++i)
            make(declKey + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                 {{QStringLiteral("count"), Value::map({{QStringLiteral("index"), Value::number(i)}})}}, false);
        return;
    }
    if (forEach) {
        const Value collection = m.m_eval.evaluate(forEach->expression());
        auto each = [&](const QString &key, const Value &value) {
            make(declKey + QStringLiteral("[\"") + key + QStringLiteral("\"]"),
                 {{QStringLiteral("each"), Value::map({{QStringLiteral("key"), Value::string(key)}, {QStringLiteral("value"), value}})}},
                 false);
        };
        if (collection.isMap()) {
            for (const auto &[k, v] : collection.entries())
                each(k, v);
        } else if (collection.isList() && collection.isWhollyKnown()) {
            for (const Value &v : collection.items())
                if (auto k = v.asString())
                    each(*k, v);
        } else {
            make(declKey, {{QStringLiteral("each"), Value()}}, true);
        }
        return;
    }
    make(declKey, {}, false);
}

/**
 * The element whose network address a sketched value names ("postgres://u:p@${aws_db_instance.orders.address}:5432/db"
 * → tf:aws_db_instance.orders): exactly one resource, through an attribute that holds a host name.
 * Anything else — a bucket name, an ARN, two resources — names no endpoint.
 */
QString Importer::endpointTarget(const Instance &inst, const QString &sketch, const std::vector<QString> &elementOf) const
{
    static const QRegularExpression placeholder(QStringLiteral(R"re(\$\{([A-Za-z0-9_\-\.\[\]"*]+)\})re"));
    static const QSet<QString> endpointAttributes{
        QStringLiteral("address"), QStringLiteral("endpoint"), QStringLiteral("reader_endpoint"), QStringLiteral("primary_endpoint_address"),
        QStringLiteral("reader_endpoint_address"), QStringLiteral("configuration_endpoint_address"), QStringLiteral("cluster_address"),
        QStringLiteral("dns_name"), QStringLiteral("host"), QStringLiteral("hostname"), QStringLiteral("fqdn"), QStringLiteral("url"),
        QStringLiteral("private_ip"), QStringLiteral("private_dns"), QStringLiteral("bootstrap_brokers"),
        QStringLiteral("bootstrap_brokers_tls"), QStringLiteral("connection_name"), QStringLiteral("private_ip_address")};
    QSet<QString> targets;
    auto it = placeholder.globalMatch(sketch);
    while (it.hasNext()) {
        const QString text = it.next().captured(1);
        QStringList parts;
        static const QRegularExpression step(QStringLiteral(R"re(\[[^\]]*\]|[^.\[]+)re"));
        auto s = step.globalMatch(text);
        while (s.hasNext())
            parts.append(s.next().captured(0));
        if (parts.size() < 3 || !endpointAttributes.contains(parts.last()))
            return {};
        Reference ref{parts.first(), parts.mid(1), nullptr};
        for (int t : resolveRef(inst.module, ref, 0))
            if (!elementOf[std::size_t(t)].isEmpty())
                targets.insert(elementOf[std::size_t(t)]);
    }
    return targets.size() == 1 ? *targets.cbegin() : QString();
}

QList<int> Importer::resolveRef(const Module *m, const Reference &ref, int depth) const
{
    QList<int> out;
    if (depth > 8 || ref.steps.isEmpty())
        return out;
    const QString &root = ref.root;
    if (root == QLatin1StringView("__decl"))
        return m_byDecl.value(ref.steps[0]);
    if (root == QLatin1StringView("local")) {
        auto def = m->m_locals.constFind(ref.steps[0]);
        if (def == m->m_locals.constEnd())
            return out;
        QList<Reference> inner;
        collectReferences(def->expr, inner);
        for (const Reference &r : inner)
            out += resolveRef(m, r, depth + 1);
        return out;
    }
    if (root == QLatin1StringView("module")) {
        qsizetype output = 1;
        const Module *child = nullptr;
        if (ref.steps.size() > 2 && ref.steps[1].startsWith(QLatin1Char('[')) && ref.steps[1] != QLatin1StringView("[*]")) {
            child = m->m_children.value(ref.steps[0] + ref.steps[1]);
            output = 2;
        } else {
            child = m->m_children.value(ref.steps[0]);
        }
        if (!child || ref.steps.size() <= output)
            return out;
        auto def = child->m_outputs.constFind(ref.steps[output]);
        if (def == child->m_outputs.constEnd())
            return out;
        QList<Reference> inner;
        collectReferences(def->expr, inner);
        for (const Reference &r : inner)
            out += resolveRef(child, r, depth + 1);
        return out;
    }
    static const QSet<QString> notResources{QStringLiteral("var"), QStringLiteral("count"), QStringLiteral("each"),
                                            QStringLiteral("path"), QStringLiteral("self"), QStringLiteral("terraform")};
    if (notResources.contains(root) || ref.steps.isEmpty())
        return out;
    QString declKey;
    qsizetype next = 1;
    if (root == QLatin1StringView("data")) {
        if (ref.steps.size() < 2)
            return out;
        declKey = m->m_prefix + QStringLiteral("data.") + ref.steps[0] + QLatin1Char('.') + ref.steps[1];
        next = 2;
    } else {
        declKey = m->m_prefix + root + QLatin1Char('.') + ref.steps[0];
    }
    if (ref.steps.size() > next && ref.steps[next].startsWith(QLatin1Char('[')) && ref.steps[next] != QLatin1StringView("[*]")) {
        const QString key = ref.steps[next].mid(1, ref.steps[next].size() - 2);
        for (const QString &address : {declKey + QLatin1Char('[') + key + QLatin1Char(']'),
                                       declKey + QStringLiteral("[\"") + key + QStringLiteral("\"]")})
            if (auto it = m_byAddress.constFind(address); it != m_byAddress.constEnd())
                return {it.value()};
    }
    return m_byDecl.value(declKey);
}

int boundaryRank(BoundaryKind kind)
{
    switch (kind) {
    case BoundaryKind::SecurityGroup:
        return 6;
    case BoundaryKind::Subnet:
        return 5;
    case BoundaryKind::Namespace:
        return 4;
    case BoundaryKind::Cluster:
        return 3;
    case BoundaryKind::Vpc:
    case BoundaryKind::Network:
        return 2;
    default:
        return 1;
    }
}

QString providerOf(const QString &type)
{
    const qsizetype us = type.indexOf(QLatin1Char('_'));
    return us > 0 ? type.left(us) : type;
}

void Importer::map()
{
    const QString idPrefix = QStringLiteral("tf:");
    std::vector<Component> components;
    std::vector<TrustBoundary> boundaries;
    QHash<QString, int> componentIndex;
    QHash<QString, int> boundaryIndex;
    std::vector<QString> elementOf(m_instances.size()); ///< element id per instance (a modifier: its target's)
    std::vector<const ResourceType *> entryOf(m_instances.size());

    auto addComponent = [&](const Instance &inst, ComponentKind kind, const QString &technology, QStringList tags) {
        Component c;
        c.id = idPrefix + inst.address;
        c.name = inst.address;
        c.kind = kind;
        c.technology = technology;
        tags.prepend(providerOf(inst.type));
        tags.prepend(QStringLiteral("terraform"));
        c.tags = tags;
        c.attributes.insert(QStringLiteral("terraform-type"), inst.type);
        // The name the cloud will know it by, when it is statically known (never a secret field).
        for (const char *field : {"name", "bucket", "function_name", "identifier", "cluster_identifier", "domain_name"})
            if (auto n = inst.config.get(QString::fromLatin1(field)).asString()) {
                c.attributes.insert(QStringLiteral("cloud-name"), *n);
                break;
            }
        c.sources.append(inst.source);
        componentIndex.insert(c.id, int(components.size()));
        components.push_back(std::move(c));
        return idPrefix + inst.address;
    };

    // 1. Elements.
    for (std::size_t i = 0; i < m_instances.size(); ++i) {
        const Instance &inst = m_instances[i];
        const ResourceType *entry = inst.entry;
        entryOf[i] = entry;
        if (inst.isData) {
            elementOf[i] = addComponent(inst, ComponentKind::Generic, QStringLiteral("AWS IAM policy document"), {QStringLiteral("iam")});
            continue;
        }
        if (!entry) {
            elementOf[i] = addComponent(inst, ComponentKind::Generic, inst.type, {QStringLiteral("unmapped")});
            continue;
        }
        if (entry->role == Role::Component) {
            QStringList tags;
            if (entry->flags & TypeFlag::Iam)
                tags.append(QStringLiteral("iam"));
            elementOf[i] = addComponent(inst, entry->kind, qs(entry->technology), tags);
        } else if (entry->role == Role::Boundary) {
            TrustBoundary b;
            b.id = idPrefix + inst.address;
            b.name = inst.address;
            b.kind = entry->boundary;
            b.attributes.insert(QStringLiteral("terraform-type"), inst.type);
            b.attributes.insert(QStringLiteral("technology"), qs(entry->technology));
            if (auto cidr = inst.config.get(QStringLiteral("cidr_block")).asString())
                b.attributes.insert(QStringLiteral("cidr"), *cidr);
            b.sources.append(inst.source);
            elementOf[i] = b.id;
            boundaryIndex.insert(b.id, int(boundaries.size()));
            boundaries.push_back(std::move(b));
        }
    }
    auto attributesOf = [&](const QString &id) -> QJsonObject * {
        if (auto it = componentIndex.constFind(id); it != componentIndex.constEnd())
            return &components[std::size_t(it.value())].attributes;
        if (auto it = boundaryIndex.constFind(id); it != boundaryIndex.constEnd())
            return &boundaries[std::size_t(it.value())].attributes;
        return nullptr;
    };
    auto sourcesOf = [&](const QString &id) -> QList<SourceRef> * {
        if (auto it = componentIndex.constFind(id); it != componentIndex.constEnd())
            return &components[std::size_t(it.value())].sources;
        if (auto it = boundaryIndex.constFind(id); it != boundaryIndex.constEnd())
            return &boundaries[std::size_t(it.value())].sources;
        return nullptr;
    };

    // 2. Modifiers fold into the resource they configure; one without a known target stays a node.
    for (std::size_t i = 0; i < m_instances.size(); ++i) {
        const Instance &inst = m_instances[i];
        if (!inst.entry || inst.entry->role != Role::Modifier)
            continue;
        const QString targetAttr = qs(inst.entry->target);
        for (const Instance::Ref &r : inst.refs) {
            if (r.label != targetAttr)
                continue;
            for (int t : resolveRef(inst.module, r.ref, 0))
                if (!elementOf[std::size_t(t)].isEmpty() && elementOf[std::size_t(t)] != elementOf[i]) {
                    elementOf[i] = elementOf[std::size_t(t)];
                    break;
                }
            if (!elementOf[i].isEmpty())
                break;
        }
        if (elementOf[i].isEmpty()) {
            elementOf[i] = addComponent(inst, ComponentKind::Generic, qs(inst.entry->technology), {QStringLiteral("modifier")});
            continue;
        }
        if (QList<SourceRef> *src = sourcesOf(elementOf[i]))
            src->append(inst.source);
        if (QJsonObject *a = attributesOf(elementOf[i])) {
            QJsonArray configuredBy = a->value(QStringLiteral("configured-by")).toArray();
            configuredBy.append(inst.address);
            a->insert(QStringLiteral("configured-by"), configuredBy);
        }
    }

    // 3. Facts and secrets, then provider defaults for whatever is still unsaid.
    for (std::size_t i = 0; i < m_instances.size(); ++i) {
        const Instance &inst = m_instances[i];
        QJsonObject *a = attributesOf(elementOf[i]);
        if (!a)
            continue;
        mergeFacts(*a, extractFacts(inst.type, inst.entry, inst.config));
        if (inst.config.get(QStringLiteral("__instances_unknown")).asBool() == true)
            a->insert(QStringLiteral("instances"), QStringLiteral("unknown"));
        QJsonArray secrets = findSecrets(inst.config);
        for (const QJsonValue &s : inst.textSecrets)
            if (!secrets.contains(s))
                secrets.append(s);
        if (!secrets.isEmpty()) {
            QJsonArray list = a->value(QString::fromLatin1(fact::HardcodedSecrets)).toArray();
            for (const QJsonValue &s : secrets)
                if (!list.contains(s))
                    list.append(s);
            a->insert(QString::fromLatin1(fact::HardcodedSecrets), list);
            a->insert(QString::fromLatin1(fact::PlaintextSecret), true);
        }
    }
    for (std::size_t i = 0; i < m_instances.size(); ++i)
        if (m_instances[i].entry && m_instances[i].entry->role != Role::Modifier)
            if (QJsonObject *a = attributesOf(elementOf[i]))
                applyDefaults(*a, m_instances[i].entry);
    // What a container runs and which resources its environment names, for reconciliation with
    // the compose and Kubernetes services (core/import/repo/reconcile.*). Values are never kept:
    // only variable names and the element a variable's host names.
    for (std::size_t i = 0; i < m_instances.size(); ++i) {
        const Instance &inst = m_instances[i];
        QJsonObject *a = inst.containerSketch.isList() ? attributesOf(elementOf[i]) : nullptr;
        if (!a)
            continue;
        QJsonArray containers;
        for (const Value &c : inst.containerSketch.items()) {
            QJsonObject out;
            const QString name = c.get(QStringLiteral("name")).asString().value_or(QString());
            const QString image = c.get(QStringLiteral("image")).asString().value_or(QString());
            if (!name.isEmpty())
                out.insert(QStringLiteral("name"), name);
            if (!image.isEmpty() && !image.contains(QLatin1StringView("${")))
                out.insert(QStringLiteral("image"), image);
            QJsonArray ports;
            for (const Value &p : c.get(QStringLiteral("portMappings")).items())
                if (auto port = p.get(QStringLiteral("containerPort")).asNumber())
                    ports.append(int(*port));
            if (!ports.isEmpty())
                out.insert(QStringLiteral("ports"), ports);
            QJsonArray env;
            for (const Value &e : c.get(QStringLiteral("environment")).items()) {
                const QString var = e.get(QStringLiteral("name")).asString().value_or(QString());
                const QString target = endpointTarget(inst, e.get(QStringLiteral("value")).asString().value_or(QString()), elementOf);
                if (!var.isEmpty() && !target.isEmpty())
                    env.append(QJsonObject{{QStringLiteral("name"), var}, {QStringLiteral("target"), target}});
            }
            if (!env.isEmpty())
                out.insert(QStringLiteral("environment"), env);
            if (!out.isEmpty())
                containers.append(out);
        }
        if (!containers.isEmpty())
            a->insert(QStringLiteral("containers"), containers);
    }

    // 4. References: containment for boundaries, data flows between components.
    QHash<QString, QStringList> memberships; // component id → boundary ids
    QHash<QString, int> flowIndex;
    std::vector<DataFlow> flows;
    for (std::size_t i = 0; i < m_instances.size(); ++i) {
        if (cancelled())
            return;
        const Instance &inst = m_instances[i];
        const QString &from = elementOf[i];
        if (from.isEmpty())
            continue;
        const bool fromIsBoundary = boundaryIndex.contains(from);
        for (const Instance::Ref &r : inst.refs) {
            if (inst.entry && inst.entry->role == Role::Modifier && r.label == qs(inst.entry->target))
                continue;
            for (int t : resolveRef(inst.module, r.ref, 0)) {
                const QString &to = elementOf[std::size_t(t)];
                if (to.isEmpty() || to == from)
                    continue;
                const bool toIsBoundary = boundaryIndex.contains(to);
                if (toIsBoundary && !fromIsBoundary) {
                    QStringList &list = memberships[from];
                    if (!list.contains(to))
                        list.append(to);
                } else if (toIsBoundary && fromIsBoundary) {
                    TrustBoundary &child = boundaries[std::size_t(boundaryIndex.value(from))];
                    const TrustBoundary &parent = boundaries[std::size_t(boundaryIndex.value(to))];
                    if (boundaryRank(parent.kind) < boundaryRank(child.kind)
                        && (child.parentId.isEmpty()
                            || boundaryRank(boundaries[std::size_t(boundaryIndex.value(child.parentId))].kind) < boundaryRank(parent.kind)))
                        child.parentId = to;
                } else if (!toIsBoundary && !fromIsBoundary) {
                    // A reference points from the resource that names another, which is mostly
                    // the way data goes; a service's `load_balancer` block is the exception: the
                    // target group it names forwards requests to the service, not the reverse.
                    const bool inbound = r.label == QLatin1String("load_balancer");
                    const QString &source = inbound ? to : from;
                    const QString &target = inbound ? from : to;
                    const QString key = source + QStringLiteral("->") + target;
                    auto it = flowIndex.constFind(key);
                    if (it == flowIndex.constEnd()) {
                        DataFlow f;
                        f.id = QStringLiteral("tf:flow:") + source.mid(3) + QStringLiteral("->") + target.mid(3);
                        f.sourceId = source;
                        f.targetId = target;
                        f.label = r.label;
                        f.attributes.insert(QStringLiteral("reference"), QJsonArray{r.label});
                        f.sources.append(inst.source);
                        flowIndex.insert(key, int(flows.size()));
                        flows.push_back(std::move(f));
                    } else {
                        DataFlow &f = flows[std::size_t(it.value())];
                        QJsonArray labels = f.attributes.value(QStringLiteral("reference")).toArray();
                        if (!labels.contains(r.label)) {
                            labels.append(r.label);
                            f.attributes.insert(QStringLiteral("reference"), labels);
                        }
                    }
                }
            }
        }
    }

    // 5. Innermost boundary per component; exposure of world-open security groups reaches members.
    const QString internetFacing = QString::fromLatin1(attr::InternetFacing);
    const QString openPorts = QString::fromLatin1(fact::WorldOpenPorts);
    for (auto it = memberships.constBegin(); it != memberships.constEnd(); ++it) {
        Component &c = components[std::size_t(componentIndex.value(it.key()))];
        int bestRank = 0;
        QJsonArray all;
        for (const QString &b : it.value()) {
            const TrustBoundary &boundary = boundaries[std::size_t(boundaryIndex.value(b))];
            all.append(b);
            if (boundaryRank(boundary.kind) > bestRank) {
                bestRank = boundaryRank(boundary.kind);
                c.boundaryId = b;
            }
            // Exposure matters for what serves traffic, not for bookkeeping resources that
            // merely name the group (flow logs, associations).
            if (boundary.attributes.value(internetFacing).toBool() && c.kind != ComponentKind::Generic) {
                c.attributes.insert(internetFacing, true);
                QJsonArray ports = c.attributes.value(openPorts).toArray();
                const QJsonArray add = boundary.attributes.value(openPorts).toArray();
                for (const QJsonValue &p : add)
                    if (!ports.contains(p))
                        ports.append(p);
                c.attributes.insert(openPorts, ports);
            }
        }
        if (all.size() > 1)
            c.attributes.insert(QStringLiteral("boundaries"), all);
    }

    // A network-wide firewall (GCP) exposes every member of its network, through any subnet.
    QHash<QString, QJsonArray> networkExposure; // network boundary id → open ports
    for (const TrustBoundary &b : boundaries)
        if (!b.parentId.isEmpty() && b.attributes.value(internetFacing).toBool()
            && b.attributes.value(QStringLiteral("applies-to-network")).toBool())
            for (const QJsonValue &p : b.attributes.value(openPorts).toArray())
                networkExposure[b.parentId].append(p);
    if (!networkExposure.isEmpty()) {
        for (auto it = memberships.constBegin(); it != memberships.constEnd(); ++it) {
            Component &c = components[std::size_t(componentIndex.value(it.key()))];
            if (c.kind == ComponentKind::Generic)
                continue;
            for (QString b : it.value()) {
                for (int guard = 0; !b.isEmpty() && guard < 16; ++guard) {
                    if (auto exposure = networkExposure.constFind(b); exposure != networkExposure.constEnd()) {
                        c.attributes.insert(internetFacing, true);
                        QJsonArray ports = c.attributes.value(openPorts).toArray();
                        for (const QJsonValue &p : exposure.value())
                            if (!ports.contains(p))
                                ports.append(p);
                        c.attributes.insert(openPorts, ports);
                    }
                    b = boundaries[std::size_t(boundaryIndex.value(b))].parentId;
                }
            }
        }
    }

    // 6. The internet as the source of traffic to whatever is exposed.
    bool anyExposed = false;
    for (Component &c : components) {
        if (!c.attributes.value(internetFacing).toBool() || c.kind == ComponentKind::Generic)
            continue;
        anyExposed = true;
        DataFlow f;
        f.id = QStringLiteral("tf:flow:internet->") + c.id.mid(3);
        f.sourceId = QStringLiteral("tf:internet");
        f.targetId = c.id;
        f.label = QStringLiteral("ingress");
        const QJsonArray ports = c.attributes.value(openPorts).toArray();
        if (ports.size() == 1)
            f.port = ports.first().toString().toInt();
        f.sources = c.sources.mid(0, 1);
        flows.push_back(std::move(f));
    }
    if (anyExposed) {
        Component internet;
        internet.id = QStringLiteral("tf:internet");
        internet.name = Tr::tr("Internet");
        internet.kind = ComponentKind::ExternalEntity;
        internet.tags = {QStringLiteral("terraform")};
        // Synthetic, but still evidenced: where the first exposure was found.
        for (const DataFlow &f : flows)
            if (f.sourceId == internet.id && !f.sources.isEmpty()) {
                internet.sources.append(f.sources.first());
                break;
            }
        m_fragment.components.append(internet);
    }

    for (Component &c : components)
        m_fragment.components.append(std::move(c));
    for (TrustBoundary &b : boundaries)
        m_fragment.boundaries.append(std::move(b));
    for (DataFlow &f : flows)
        m_fragment.flows.append(std::move(f));
}

} // namespace

Result<ModelFragment> importPath(const QString &fileOrDirectory, const ImportOptions &options)
{
    Importer importer(options);
    return importer.run(fileOrDirectory);
}

} // namespace tw::terraform
