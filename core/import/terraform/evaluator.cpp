// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/evaluator.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace tw::terraform {
namespace {

using hcl::ExprKind;

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// Deep expressions are legal HCL; a bound keeps hostile input from exhausting the stack.
constexpr int kMaxDepth = 200;

/** Applies one attribute or index step to a value. */
Value step(const Value &v, const Value &key)
{
    if (v.isUnknown() || key.isUnknown())
        return Value();
    if (v.isMap()) {
        auto k = key.asString();
        return k ? v.get(*k) : Value();
    }
    if (v.isList()) {
        auto n = key.asNumber();
        if (!n || *n < 0)
            return Value();
        return v.at(std::size_t(*n));
    }
    return Value();
}

/**
 * A value as a whole number, when it is a number that a double holds exactly (|n| <= 2^53);
 * false for fractions, NaN, infinities, anything larger and non-numbers. Converting those to an
 * integer type is undefined behaviour, and a hostile .tf supplies them readily (`1e308`, `0/0`).
 */
bool wholeNumber(const std::optional<double> &n, qint64 &out)
{
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (!n || !std::isfinite(*n) || std::fabs(*n) > Exact || std::trunc(*n) != *n)
        return false;
    out = qint64(*n);
    return true;
}

std::optional<quint32> parseIpv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 ip = 0;
    for (const QString &p : parts) {
        bool ok = false;
        const uint o = p.toUInt(&ok);
        if (!ok || o > 255)
            return std::nullopt;
        ip = (ip << 8) | o;
    }
    return ip;
}

QString ipv4Text(quint32 ip)
{
    return QStringLiteral("%1.%2.%3.%4").arg(ip >> 24).arg((ip >> 16) & 255).arg((ip >> 8) & 255).arg(ip & 255);
}

Value cidrSubnet(const Value &prefix, const Value &newBits, const Value &netNum)
{
    auto p = prefix.asString();
    auto bits = newBits.asNumber();
    auto num = netNum.asNumber();
    if (!p || !bits || !num)
        return Value();
    const qsizetype slash = p->indexOf(QLatin1Char('/'));
    if (slash < 0)
        return Value();
    auto ip = parseIpv4(p->left(slash));
    bool ok = false;
    const int len = p->mid(slash + 1).toInt(&ok);
    // IPv6 prefixes are left unknown rather than half-computed.
    if (!ip || !ok || len < 0 || len > 32)
        return Value();
    qint64 wholeBits = 0, wholeNum = 0;
    if (!wholeNumber(bits, wholeBits) || !wholeNumber(num, wholeNum) || wholeBits < 0 || wholeBits > 32 || wholeNum < 0)
        return Value();
    const int newLen = len + int(wholeBits);
    if (newLen > 32 || wholeNum >= (qint64(1) << wholeBits))
        return Value();
    const quint32 mask = len == 0 ? 0 : ~quint32(0) << (32 - len);
    quint32 base = *ip & mask;
    if (newLen < 32)
        base |= quint32(wholeNum) << (32 - newLen);
    else
        base |= quint32(wholeNum);
    return Value::string(ipv4Text(base) + QLatin1Char('/') + QString::number(newLen));
}

Value format(const QList<Value> &args)
{
    auto fmt = args.value(0).asString();
    if (!fmt)
        return Value();
    QString out;
    int next = 1;
    for (qsizetype i = 0; i < fmt->size(); ++i) {
        const QChar c = fmt->at(i);
        if (c != QLatin1Char('%') || i + 1 >= fmt->size()) {
            out += c;
            continue;
        }
        // Skip flags/width/precision: the verbs are what matter for static values.
        qsizetype j = i + 1;
        while (j < fmt->size() && (fmt->at(j).isDigit() || QStringLiteral("#+- .").contains(fmt->at(j))))
            ++j;
        if (j >= fmt->size())
            return Value();
        const QChar verb = fmt->at(j);
        i = j;
        if (verb == QLatin1Char('%')) {
            out += QLatin1Char('%');
            continue;
        }
        const Value arg = args.value(next++);
        if (arg.isUnknown())
            return Value();
        if (verb == QLatin1Char('q')) {
            auto s = arg.asString();
            if (!s)
                return Value();
            out += QLatin1Char('"') + *s + QLatin1Char('"');
        } else if (verb == QLatin1Char('d')) {
            qint64 whole = 0;
            if (!wholeNumber(arg.asNumber(), whole))
                return Value();
            out += QString::number(whole);
        } else {
            auto s = arg.asString();
            if (!s) {
                auto j2 = arg.toJson();
                if (!j2)
                    return Value();
                s = *j2;
            }
            out += *s;
        }
    }
    return Value::string(out);
}

Value flatten(const Value &v)
{
    if (!v.isList())
        return v;
    Value::List out;
    for (const Value &item : v.items()) {
        if (item.isUnknown())
            return Value();
        if (item.isList()) {
            const Value inner = flatten(item);
            if (inner.isUnknown())
                return Value();
            for (const Value &x : inner.items())
                out.push_back(x);
        } else {
            out.push_back(item);
        }
    }
    return Value::list(std::move(out));
}

Value distinct(const Value &v)
{
    if (!v.isWhollyKnown() || !v.isList())
        return v.isList() ? Value() : v;
    Value::List out;
    for (const Value &item : v.items())
        if (std::find(out.begin(), out.end(), item) == out.end())
            out.push_back(item);
    return Value::list(std::move(out));
}

} // namespace

QString numberText(double value)
{
    return Value::number(value).asString().value_or(QString());
}

Value Evaluator::evaluate(const hcl::Expression *expr, const Scope &scope)
{
    if (!expr || m_depth > kMaxDepth)
        return Value();
    struct DepthGuard
    {
        int &d;
        DepthGuard(int &depth) : d(depth) { ++d; }
        ~DepthGuard() { --d; }
    } guard(m_depth);

    switch (expr->kind()) {
    case ExprKind::Literal:
        switch (expr->literalType()) {
        case hcl::LiteralType::Null:
            return Value::null();
        case hcl::LiteralType::Bool:
            return Value::boolean(expr->boolValue());
        case hcl::LiteralType::Number:
            return Value::number(expr->numberValue());
        case hcl::LiteralType::String:
            return Value::string(qs(expr->stringValue()));
        }
        return Value();
    case ExprKind::Template: {
        QString out;
        for (const hcl::Expression *part : expr->children()) {
            const Value v = evaluate(part, scope);
            auto s = v.asString();
            if (!s)
                return Value();
            out += *s;
        }
        return Value::string(out);
    }
    case ExprKind::TemplateWrap:
    case ExprKind::Parenthesized:
        return evaluate(expr->child(0), scope);
    case ExprKind::TemplateIf: {
        auto c = evaluate(expr->child(0), scope).asBool();
        if (!c)
            return Value();
        if (*c)
            return evaluate(expr->child(1), scope);
        return expr->child(2) ? evaluate(expr->child(2), scope) : Value::string(QString());
    }
    case ExprKind::TemplateFor:
    case ExprKind::AnonSymbol:
        return Value();
    case ExprKind::Tuple: {
        Value::List items;
        for (const hcl::Expression *child : expr->children())
            items.push_back(evaluate(child, scope));
        return Value::list(std::move(items));
    }
    case ExprKind::Object: {
        Value::Map entries;
        for (std::size_t i = 0; i + 1 < expr->childCount(); i += 2) {
            const hcl::Expression *k = expr->child(i);
            QString key;
            if (k->kind() == ExprKind::Variable) {
                key = qs(k->name());
            } else {
                auto s = evaluate(k, scope).asString();
                // An object with an unknown key has an unknown shape.
                if (!s)
                    return Value();
                key = *s;
            }
            entries.insert_or_assign(key, evaluate(expr->child(i + 1), scope));
        }
        return Value::map(std::move(entries));
    }
    case ExprKind::Variable:
    case ExprKind::GetAttr:
    case ExprKind::Index:
        return traversal(expr, scope);
    case ExprKind::Splat: {
        const Value source = evaluate(expr->child(0), scope);
        if (!source.isList())
            return Value();
        // The "each" part is built on an AnonSymbol; evaluate it per element by walking it.
        Value::List out;
        for (const Value &item : source.items()) {
            const hcl::Expression *each = expr->child(1);
            std::vector<const hcl::Expression *> chain;
            for (const hcl::Expression *e = each; e && e->kind() != ExprKind::AnonSymbol; e = e->child(0))
                chain.push_back(e);
            Value v = item;
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                if ((*it)->kind() == ExprKind::GetAttr)
                    v = step(v, Value::string(qs((*it)->name())));
                else if ((*it)->kind() == ExprKind::Index)
                    v = step(v, evaluate((*it)->child(1), scope));
                else
                    v = Value();
            }
            out.push_back(v);
        }
        return Value::list(std::move(out));
    }
    case ExprKind::FunctionCall:
        return call(expr, scope);
    case ExprKind::Unary: {
        const Value v = evaluate(expr->child(0), scope);
        if (expr->op() == hcl::Operator::Not) {
            auto b = v.asBool();
            return b ? Value::boolean(!*b) : Value();
        }
        auto n = v.asNumber();
        return n ? Value::number(-*n) : Value();
    }
    case ExprKind::Binary:
        return binary(expr, scope);
    case ExprKind::Conditional: {
        auto c = evaluate(expr->child(0), scope).asBool();
        if (!c)
            return Value();
        return evaluate(expr->child(*c ? 1 : 2), scope);
    }
    case ExprKind::For:
        return forExpr(expr, scope);
    }
    return Value();
}

Value Evaluator::traversal(const hcl::Expression *expr, const Scope &scope)
{
    std::vector<const hcl::Expression *> chain;
    const hcl::Expression *e = expr;
    while (e && (e->kind() == ExprKind::GetAttr || e->kind() == ExprKind::Index)) {
        chain.push_back(e);
        e = e->child(0);
    }
    if (!e)
        return Value();
    std::reverse(chain.begin(), chain.end());
    Value v;
    std::size_t i = 0;
    auto attrAt = [&](std::size_t k) -> std::optional<QString> {
        if (k >= chain.size())
            return std::nullopt;
        if (chain[k]->kind() == ExprKind::GetAttr)
            return qs(chain[k]->name());
        return evaluate(chain[k]->child(1), scope).asString();
    };
    if (e->kind() != ExprKind::Variable) {
        v = evaluate(e, scope);
    } else {
        const QString root = qs(e->name());
        if (auto it = scope.constFind(root); it != scope.constEnd()) {
            v = it.value();
        } else if (root == QLatin1StringView("var") || root == QLatin1StringView("local")
                   || root == QLatin1StringView("path")) {
            auto name = attrAt(0);
            if (!name)
                return Value();
            v = root == QLatin1StringView("var")     ? m_resolver->variable(*name)
                : root == QLatin1StringView("local") ? m_resolver->local(*name)
                                                     : m_resolver->pathValue(*name);
            i = 1;
        } else if (root == QLatin1StringView("data")) {
            auto type = attrAt(0);
            auto name = attrAt(1);
            if (!type || !name)
                return Value();
            v = m_resolver->data(*type, *name);
            i = 2;
        } else {
            // Resources, modules, terraform.*, self: only known after apply.
            if (!m_sketch)
                return Value();
            QString text = root;
            for (std::size_t k = 0; k < chain.size(); ++k) {
                const auto part = attrAt(k);
                if (!part)
                    return Value();
                text += chain[k]->kind() == ExprKind::GetAttr ? QLatin1Char('.') + *part : QLatin1Char('[') + *part + QLatin1Char(']');
            }
            return Value::string(QStringLiteral("${") + text + QLatin1Char('}'));
        }
    }
    for (; i < chain.size(); ++i) {
        if (chain[i]->kind() == ExprKind::GetAttr)
            v = step(v, Value::string(qs(chain[i]->name())));
        else
            v = step(v, evaluate(chain[i]->child(1), scope));
    }
    return v;
}

Value Evaluator::binary(const hcl::Expression *expr, const Scope &scope)
{
    using hcl::Operator;
    const Value a = evaluate(expr->child(0), scope);
    const Value b = evaluate(expr->child(1), scope);
    const Operator op = expr->op();
    if (op == Operator::And || op == Operator::Or) {
        auto x = a.asBool();
        auto y = b.asBool();
        // false && unknown is still false, true || unknown still true.
        if (op == Operator::And) {
            if ((x && !*x) || (y && !*y))
                return Value::boolean(false);
            return x && y ? Value::boolean(true) : Value();
        }
        if ((x && *x) || (y && *y))
            return Value::boolean(true);
        return x && y ? Value::boolean(false) : Value();
    }
    if (op == Operator::Equal || op == Operator::NotEqual) {
        if (!a.isWhollyKnown() || !b.isWhollyKnown())
            return Value();
        // Terraform compares type and value: "1" == 1 is false.
        const bool eq = a == b;
        return Value::boolean(op == Operator::Equal ? eq : !eq);
    }
    auto x = a.asNumber();
    auto y = b.asNumber();
    if (!x || !y)
        return Value();
    switch (op) {
    case Operator::Add:
        return Value::number(*x + *y);
    case Operator::Subtract:
        return Value::number(*x - *y);
    case Operator::Multiply:
        return Value::number(*x * *y);
    case Operator::Divide:
        return *y == 0 ? Value() : Value::number(*x / *y);
    case Operator::Modulo:
        return *y == 0 ? Value() : Value::number(std::fmod(*x, *y));
    case Operator::Greater:
        return Value::boolean(*x > *y);
    case Operator::GreaterOrEqual:
        return Value::boolean(*x >= *y);
    case Operator::Less:
        return Value::boolean(*x < *y);
    case Operator::LessOrEqual:
        return Value::boolean(*x <= *y);
    default:
        return Value();
    }
}

Value Evaluator::forExpr(const hcl::Expression *expr, const Scope &scope)
{
    const Value collection = evaluate(expr->child(0), scope);
    if (!collection.isList() && !collection.isMap())
        return Value();
    const QString keyVar = qs(expr->keyVariable());
    const QString valueVar = qs(expr->valueVariable());
    const bool objectFor = expr->isObjectFor();
    Value::List items;
    Value::Map entries;
    auto visit = [&](const Value &key, const Value &value) -> bool {
        Scope inner = scope;
        if (!keyVar.isEmpty())
            inner.insert(keyVar, key);
        inner.insert(valueVar, value);
        if (const hcl::Expression *cond = expr->child(3)) {
            auto c = evaluate(cond, inner).asBool();
            if (!c)
                return false;
            if (!*c)
                return true;
        }
        const Value v = evaluate(expr->child(2), inner);
        if (objectFor) {
            auto k = evaluate(expr->child(1), inner).asString();
            if (!k)
                return false;
            entries.insert_or_assign(*k, v);
        } else {
            items.push_back(v);
        }
        return true;
    };
    if (collection.isList()) {
        for (std::size_t i = 0; i < collection.items().size(); ++i)
            if (!visit(Value::number(double(i)), collection.items()[i]))
                return Value();
    } else {
        for (const auto &[k, v] : collection.entries())
            if (!visit(Value::string(k), v))
                return Value();
    }
    return objectFor ? Value::map(std::move(entries)) : Value::list(std::move(items));
}

Value Evaluator::call(const hcl::Expression *expr, const Scope &scope)
{
    const QString name = qs(expr->name());
    // try/can must not evaluate eagerly: an unknown argument is not an error.
    if (name == QLatin1StringView("try")) {
        for (const hcl::Expression *arg : expr->children()) {
            const Value v = evaluate(arg, scope);
            if (v.isKnown() && !v.isNull())
                return v;
            if (v.isUnknown())
                return Value();
        }
        return Value();
    }
    QList<Value> args;
    for (const hcl::Expression *arg : expr->children())
        args.append(evaluate(arg, scope));
    if (expr->expandFinalArgument() && !args.isEmpty()) {
        const Value last = args.takeLast();
        if (!last.isList())
            return Value();
        for (const Value &v : last.items())
            args.append(v);
    }
    auto str = [&](int i) { return args.value(i).asString(); };
    auto stringFn = [&](auto fn) -> Value {
        auto s = str(0);
        return s ? Value::string(fn(*s)) : Value();
    };

    if (name == QLatin1StringView("lower"))
        return stringFn([](const QString &s) { return s.toLower(); });
    if (name == QLatin1StringView("upper"))
        return stringFn([](const QString &s) { return s.toUpper(); });
    if (name == QLatin1StringView("trimspace"))
        return stringFn([](const QString &s) { return s.trimmed(); });
    if (name == QLatin1StringView("title"))
        return stringFn([](const QString &s) { return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1); });
    if (name == QLatin1StringView("tostring")) {
        auto s = str(0);
        return s ? Value::string(*s) : (args.value(0).isNull() ? Value::null() : Value());
    }
    if (name == QLatin1StringView("tonumber")) {
        auto n = args.value(0).asNumber();
        return n ? Value::number(*n) : Value();
    }
    if (name == QLatin1StringView("tobool")) {
        auto b = args.value(0).asBool();
        return b ? Value::boolean(*b) : Value();
    }
    if (name == QLatin1StringView("tolist") || name == QLatin1StringView("toset")) {
        const Value v = args.value(0);
        if (!v.isList())
            return Value();
        return name == QLatin1StringView("toset") ? distinct(v) : v;
    }
    if (name == QLatin1StringView("tomap"))
        return args.value(0).isMap() ? args.value(0) : Value();
    if (name == QLatin1StringView("length")) {
        const Value v = args.value(0);
        if (v.isList())
            return Value::number(double(v.items().size()));
        if (v.isMap())
            return Value::number(double(v.entries().size()));
        if (v.isString())
            return Value::number(double(v.toStringValue().size()));
        return Value();
    }
    if (name == QLatin1StringView("merge")) {
        Value::Map out;
        for (const Value &v : args) {
            if (v.isNull())
                continue;
            if (!v.isMap())
                return Value();
            for (const auto &[k, x] : v.entries())
                out.insert_or_assign(k, x);
        }
        return Value::map(std::move(out));
    }
    if (name == QLatin1StringView("concat")) {
        Value::List out;
        for (const Value &v : args) {
            if (!v.isList())
                return Value();
            out.insert(out.end(), v.items().begin(), v.items().end());
        }
        return Value::list(std::move(out));
    }
    if (name == QLatin1StringView("lookup")) {
        const Value m = args.value(0);
        auto k = str(1);
        if (!m.isMap() || !k)
            return Value();
        auto it = m.entries().find(*k);
        if (it != m.entries().end())
            return it->second;
        return args.size() > 2 ? args.value(2) : Value();
    }
    if (name == QLatin1StringView("element")) {
        const Value l = args.value(0);
        qint64 index = 0;
        // Terraform wraps a non-negative index around the list; a negative one is an error.
        if (!l.isList() || !wholeNumber(args.value(1).asNumber(), index) || index < 0 || l.items().empty())
            return Value();
        return l.at(std::size_t(index % qint64(l.items().size())));
    }
    if (name == QLatin1StringView("keys") || name == QLatin1StringView("values")) {
        const Value m = args.value(0);
        if (!m.isMap())
            return Value();
        Value::List out;
        for (const auto &[k, v] : m.entries())
            out.push_back(name == QLatin1StringView("keys") ? Value::string(k) : v);
        return Value::list(std::move(out));
    }
    if (name == QLatin1StringView("contains")) {
        const Value l = args.value(0);
        if (!l.isWhollyKnown() || !l.isList() || !args.value(1).isWhollyKnown())
            return Value();
        return Value::boolean(std::find(l.items().begin(), l.items().end(), args.value(1)) != l.items().end());
    }
    if (name == QLatin1StringView("distinct"))
        return distinct(args.value(0));
    if (name == QLatin1StringView("flatten"))
        return flatten(args.value(0));
    if (name == QLatin1StringView("compact")) {
        const Value l = args.value(0);
        if (!l.isList())
            return Value();
        Value::List out;
        for (const Value &v : l.items()) {
            if (v.isUnknown())
                return Value();
            if (!v.isNull() && !(v.isString() && v.toStringValue().isEmpty()))
                out.push_back(v);
        }
        return Value::list(std::move(out));
    }
    if (name == QLatin1StringView("join")) {
        auto sep = str(0);
        if (!sep)
            return Value();
        QStringList parts;
        for (int i = 1; i < args.size(); ++i) {
            if (!args[i].isList())
                return Value();
            for (const Value &v : args[i].items()) {
                auto s = v.asString();
                if (!s)
                    return Value();
                parts.append(*s);
            }
        }
        return Value::string(parts.join(*sep));
    }
    if (name == QLatin1StringView("split")) {
        auto sep = str(0);
        auto s = str(1);
        if (!sep || !s)
            return Value();
        Value::List out;
        const QStringList parts = s->split(*sep);
        for (const QString &p : parts)
            out.push_back(Value::string(p));
        return Value::list(std::move(out));
    }
    if (name == QLatin1StringView("replace")) {
        auto s = str(0);
        auto from = str(1);
        auto to = str(2);
        // Regex replacements ("/re/") are left unknown rather than approximated.
        if (!s || !from || !to || (from->size() > 1 && from->startsWith(QLatin1Char('/')) && from->endsWith(QLatin1Char('/'))))
            return Value();
        return Value::string(QString(*s).replace(*from, *to));
    }
    if (name == QLatin1StringView("substr")) {
        auto s = str(0);
        qint64 off = 0, len = 0;
        if (!s || !wholeNumber(args.value(1).asNumber(), off) || !wholeNumber(args.value(2).asNumber(), len))
            return Value();
        return Value::string(s->mid(qsizetype(off), len < 0 ? -1 : qsizetype(len)));
    }
    if (name == QLatin1StringView("startswith") || name == QLatin1StringView("endswith")) {
        auto s = str(0);
        auto p = str(1);
        if (!s || !p)
            return Value();
        return Value::boolean(name == QLatin1StringView("startswith") ? s->startsWith(*p) : s->endsWith(*p));
    }
    if (name == QLatin1StringView("format"))
        return format(args);
    if (name == QLatin1StringView("coalesce")) {
        for (const Value &v : args) {
            if (v.isUnknown())
                return Value();
            if (!v.isNull() && !(v.isString() && v.toStringValue().isEmpty()))
                return v;
        }
        return Value();
    }
    if (name == QLatin1StringView("coalescelist")) {
        for (const Value &v : args) {
            if (!v.isList())
                return Value();
            if (!v.items().empty())
                return v;
        }
        return Value();
    }
    if (name == QLatin1StringView("min") || name == QLatin1StringView("max")) {
        std::optional<double> best;
        for (const Value &v : args) {
            auto n = v.asNumber();
            if (!n)
                return Value();
            if (!best || (name == QLatin1StringView("min") ? *n < *best : *n > *best))
                best = *n;
        }
        return best ? Value::number(*best) : Value();
    }
    if (name == QLatin1StringView("range")) {
        std::vector<double> nums;
        for (const Value &v : args) {
            auto n = v.asNumber();
            if (!n)
                return Value();
            nums.push_back(*n);
        }
        double start = 0, end = 0, stepBy = 1;
        if (nums.size() == 1)
            end = nums[0];
        else if (nums.size() >= 2) {
            start = nums[0];
            end = nums[1];
            stepBy = nums.size() > 2 ? nums[2] : (end >= start ? 1 : -1);
        }
        const double count = std::ceil((end - start) / stepBy);
        if (!std::isfinite(count) || count > 1024)
            return Value();
        // Counted, not accumulated: a step too small to change a large start (1e17 + 1) would
        // otherwise never reach the end.
        Value::List out;
        for (int i = 0, n = count > 0 ? int(count) : 0; i < n; ++i)
            out.push_back(Value::number(start + i * stepBy));
        return Value::list(std::move(out));
    }
    if (name == QLatin1StringView("zipmap")) {
        const Value k = args.value(0);
        const Value v = args.value(1);
        if (!k.isList() || !v.isList())
            return Value();
        Value::Map out;
        for (std::size_t i = 0; i < k.items().size() && i < v.items().size(); ++i) {
            auto key = k.items()[i].asString();
            if (!key)
                return Value();
            out.insert_or_assign(*key, v.items()[i]);
        }
        return Value::map(std::move(out));
    }
    if (name == QLatin1StringView("slice")) {
        const Value l = args.value(0);
        qint64 from = 0, to = 0;
        if (!l.isList() || !wholeNumber(args.value(1).asNumber(), from) || !wholeNumber(args.value(2).asNumber(), to) || from < 0
            || to < from || to > qint64(l.items().size()))
            return Value();
        return Value::list(Value::List(l.items().begin() + qsizetype(from), l.items().begin() + qsizetype(to)));
    }
    if (name == QLatin1StringView("basename") || name == QLatin1StringView("dirname")) {
        auto s = str(0);
        if (!s)
            return Value();
        const qsizetype slash = s->lastIndexOf(QLatin1Char('/'));
        if (name == QLatin1StringView("basename"))
            return Value::string(slash < 0 ? *s : s->mid(slash + 1));
        return Value::string(slash < 0 ? QStringLiteral(".") : s->left(slash));
    }
    if (name == QLatin1StringView("cidrsubnet"))
        return cidrSubnet(args.value(0), args.value(1), args.value(2));
    if (name == QLatin1StringView("jsonencode")) {
        auto j = args.value(0).toJson();
        if (j)
            return Value::string(*j);
        // Partly unknown (a policy naming another resource's ARN): keep the structure, so
        // the known parts — "Action": "s3:*" — can still be judged; the text stays unknown.
        const Value &document = args.value(0);
        return document.isMap() || document.isList() ? document : Value();
    }
    if (name == QLatin1StringView("jsondecode")) {
        auto s = str(0);
        if (!s)
            return Value();
        auto v = valueFromJson(*s);
        return v ? *v : Value();
    }
    if (name == QLatin1StringView("can")) {
        const Value v = args.value(0);
        return v.isUnknown() ? Value() : Value::boolean(true);
    }
    // file(), templatefile(), timestamp(), uuid() …: never read or invent; unknown.
    return Value();
}

void collectReferences(const hcl::Expression *expr, QList<Reference> &out)
{
    if (!expr)
        return;
    if (expr->kind() == ExprKind::GetAttr || expr->kind() == ExprKind::Index || expr->kind() == ExprKind::Variable) {
        std::vector<const hcl::Expression *> chain;
        const hcl::Expression *e = expr;
        while (e && (e->kind() == ExprKind::GetAttr || e->kind() == ExprKind::Index)) {
            chain.push_back(e);
            e = e->child(0);
        }
        if (e && e->kind() == ExprKind::Variable) {
            Reference ref;
            ref.root = qs(e->name());
            ref.where = expr;
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                const hcl::Expression *s = *it;
                if (s->kind() == ExprKind::GetAttr) {
                    ref.steps.append(qs(s->name()));
                } else {
                    const hcl::Expression *k = s->child(1);
                    if (k && k->kind() == ExprKind::Literal)
                        ref.steps.append(QLatin1Char('[')
                                         + (k->literalType() == hcl::LiteralType::Number ? numberText(k->numberValue())
                                                                                         : qs(k->stringValue()))
                                         + QLatin1Char(']'));
                    else if (k && k->kind() == ExprKind::Template && k->childCount() == 1
                             && k->child(0)->kind() == ExprKind::Literal)
                        ref.steps.append(QLatin1Char('[') + qs(k->child(0)->stringValue()) + QLatin1Char(']'));
                    else
                        ref.steps.append(QStringLiteral("[*]"));
                    collectReferences(k, out);
                }
            }
            out.append(ref);
            return;
        }
        // A traversal on a non-variable (e.g. a function result): walk its parts.
        for (const hcl::Expression *c : expr->children())
            collectReferences(c, out);
        return;
    }
    for (const hcl::Expression *c : expr->children())
        collectReferences(c, out);
}

} // namespace tw::terraform
