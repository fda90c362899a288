// SPDX-License-Identifier: GPL-3.0-or-later
// Source-code heuristics: routes of each framework (and none from comments, docstrings or
// strings), outbound calls, database and queue clients, connection strings, listened topics, LLM
// SDKs as AI-service components with a flow, and the files of a repository attributed to their
// service.

#include "import/importer.h"
#include "import/repo/sourcecode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using sourcecode::Language;

namespace {

QStringList routes(const sourcecode::Findings &f)
{
    QStringList out;
    for (const sourcecode::Route &r : f.routes)
        out.append(QStringLiteral("%1 %2 %3@%4").arg(r.framework, r.method, r.path).arg(r.line));
    return out;
}

QStringList clients(const sourcecode::Findings &f)
{
    QStringList out;
    for (const sourcecode::Client &c : f.clients)
        out.append(QStringLiteral("%1:%2@%3").arg(c.kind, c.name).arg(c.line));
    return out;
}

QStringList connections(const sourcecode::Findings &f)
{
    QStringList out;
    for (const sourcecode::Connection &c : f.connections)
        out.append(QStringLiteral("%1://%2:%3@%4").arg(c.scheme, c.host).arg(c.port).arg(c.line));
    return out;
}

const Component *component(const ModelFragment &m, const QString &id)
{
    for (const Component &c : m.components) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const DataFlow *flow(const ModelFragment &m, const QString &from, const QString &to)
{
    for (const DataFlow &f : m.flows) {
        if (f.sourceId == from && f.targetId == to)
            return &f;
    }
    return nullptr;
}

const QByteArray kExpress = R"js(// app.get('/commented', handler) is not a route
const express = require('express');
const { Pool } = require('pg');
const OpenAI = require('openai');
const app = express();
const admin = express.Router();
/* admin.post('/block-commented', h) */
app.get('/users/:userId', async (req, res) => {
  const r = await fetch('http://orders:8080/orders?user=' + req.params.userId);
  const q = await axios.get('/relative', {});
});
admin.delete('/users/:id', remove);
app.post("/login", login); // app.get('/after-comment', x)
const text = "see app.get('/in-string', x) in the docs";
const pool = new Pool({ connectionString: 'postgres://app@orders-db:5432/app' });
const ai = new OpenAI();
const s = `app.get('/template', x)`;
)js";

const QByteArray kFlask = R"py("""Service docs.

@app.route('/doc') is an example, not a route.
"""
from flask import Flask, Blueprint
import requests, redis
from langchain_openai import ChatOpenAI
app = Flask(__name__)
api = Blueprint("api", __name__, url_prefix="/api")
# @app.route('/commented')
@app.route("/items/<int:item_id>", methods=["GET", "DELETE"])
def item(item_id):
    requests.post("https://api.paymentprovider.io/charge", json={})  # "http://in-a-comment:1/"
@api.get("/health")
def health():
    return "ok"
)py";

const QByteArray kFastApi = R"py(from fastapi import FastAPI, APIRouter
import anthropic
from kafka import KafkaProducer
router = APIRouter(prefix="/v1")
@router.post("/chat/{session_id}")
async def chat(session_id: str):
    client = anthropic.Anthropic()
)py";

const QByteArray kDjango = R"py(from django.urls import path, re_path
from . import views
urlpatterns = [
    path("articles/<int:year>/", views.year_archive),
    re_path(r"^archive/(?P<slug>[-\w]+)/$", views.archive),
]
)py";

const QByteArray kSpring = R"java(package shop.orders;

import org.springframework.web.bind.annotation.*;
import org.springframework.kafka.annotation.KafkaListener;

@RestController
@RequestMapping("/api/orders")
public class OrderController {
    // @GetMapping("/commented")
    @GetMapping("/{orderId}")
    public Order get(@PathVariable String orderId) { return restTemplate.getForObject("http://inventory:8081/stock", Stock.class); }

    @PostMapping
    public Order create() { return null; }

    @RequestMapping(value = "/search", method = RequestMethod.GET)
    public List<Order> search() { return null; }

    @KafkaListener(topics = {"orders", "refunds"})
    void listen(String message) {}

    private static final String URL = "jdbc:postgresql://orders-db:5432/orders";
}
)java";

const QByteArray kGo = R"go(package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	openai "github.com/sashabaranov/go-openai"
	"go.mongodb.org/mongo-driver/mongo"
)

func main() {
	http.HandleFunc("/healthz", health)
	mux.HandleFunc("GET /items/{id}", getItem)
	r := gin.Default()
	v1 := r.Group("/v1")
	v1.GET("/products/:id", getProduct)
	r.POST("/cart", addToCart) // r.GET("/commented", x)
	resp, _ := http.Get("http://currencyservice:7000/convert")
	raw := `r.GET("/raw", x)`
}
)go";

const QByteArray kCSharp = R"cs(using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Azure.AI.OpenAI;

[ApiController]
[Route("api/[controller]")]
public class ProductsController : ControllerBase
{
    [HttpGet("{id:int}")]
    public IActionResult Get(int id) => Ok();

    [HttpPost]
    public IActionResult Create() => Ok();

    /* [HttpDelete("{id}")] */
    private const string Conn = "Host=catalog-db;Port=5432;Database=catalog;Username=app";
    private const string Path = @"C:\data\";
}
// Program.cs
app.MapGet("/ping", () => "pong");
)cs";

void write(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString path = root + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestSourceCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages()
    {
        QCOMPARE(sourcecode::languageOf(QStringLiteral("src/server.ts")), Language::JavaScript);
        QCOMPARE(sourcecode::languageOf(QStringLiteral("a/b.py")), Language::Python);
        QCOMPARE(sourcecode::languageOf(QStringLiteral("Main.kt")), Language::Java);
        QCOMPARE(sourcecode::languageOf(QStringLiteral("main.go")), Language::Go);
        QCOMPARE(sourcecode::languageOf(QStringLiteral("Startup.cs")), Language::CSharp);
        QCOMPARE(sourcecode::languageOf(QStringLiteral("bundle.min.js")), Language::None);
        QCOMPARE(sourcecode::languageOf(QStringLiteral("README.md")), Language::None);
    }

    void commentsAreBlankedStringsKept()
    {
        const QStringList js = sourcecode::codeLines("a(); // b()\nx = '// not a comment'; /* c\nd */ e();\n", Language::JavaScript);
        QCOMPARE(js.at(0), QStringLiteral("a();       "));
        QCOMPARE(js.at(1), QStringLiteral("x = '// not a comment';     "));
        QCOMPARE(js.at(2), QStringLiteral("     e();"));
        const QStringList py = sourcecode::codeLines("s = '#1' # note\n\"\"\"doc\nstring\"\"\"\n", Language::Python);
        QCOMPARE(py.at(0), QStringLiteral("s = '#1'       "));
        QCOMPARE(py.at(1), QStringLiteral("\"\"\"   "));
    }

    void express()
    {
        const auto f = sourcecode::scan(kExpress, Language::JavaScript);
        QCOMPARE(routes(f), (QStringList{QStringLiteral("express GET /users/{userId}@8"), QStringLiteral("express DELETE /users/{id}@12"),
                                         QStringLiteral("express POST /login@13")}));
        QCOMPARE(clients(f), (QStringList{QStringLiteral("database:postgres@3"), QStringLiteral("llm:openai@4")}));
        QCOMPARE(f.calls.size(), 1);
        QCOMPARE(f.calls.first().url, QStringLiteral("http://orders:8080/orders?user="));
        QCOMPARE(connections(f), QStringList{QStringLiteral("postgres://orders-db:5432@15")});
    }

    void flaskFastApiDjango()
    {
        const auto flask = sourcecode::scan(kFlask, Language::Python);
        QCOMPARE(routes(flask), (QStringList{QStringLiteral("flask GET /items/{item_id}@11"), QStringLiteral("flask DELETE /items/{item_id}@11"),
                                             QStringLiteral("flask GET /api/health@14")}));
        QCOMPARE(clients(flask), (QStringList{QStringLiteral("database:redis@6"), QStringLiteral("llm:openai@7")}));
        QCOMPARE(flask.calls.size(), 1);
        QCOMPARE(flask.calls.first().url, QStringLiteral("https://api.paymentprovider.io/charge"));

        const auto fast = sourcecode::scan(kFastApi, Language::Python);
        QCOMPARE(routes(fast), QStringList{QStringLiteral("fastapi POST /v1/chat/{session_id}@5")});
        QCOMPARE(clients(fast), (QStringList{QStringLiteral("llm:anthropic@2"), QStringLiteral("queue:kafka@3")}));

        const auto django = sourcecode::scan(kDjango, Language::Python);
        QCOMPARE(routes(django), (QStringList{QStringLiteral("django ANY /articles/{year}/@4"), QStringLiteral("django ANY /archive/{slug}/@5")}));
    }

    void spring()
    {
        const auto f = sourcecode::scan(kSpring, Language::Java);
        QCOMPARE(routes(f), (QStringList{QStringLiteral("spring GET /api/orders/{orderId}@10"), QStringLiteral("spring POST /api/orders@13"),
                                         QStringLiteral("spring GET /api/orders/search@16")}));
        QCOMPARE(f.topics.size(), 2);
        QCOMPARE(f.topics.at(1).name, QStringLiteral("refunds"));
        QCOMPARE(f.calls.size(), 1);
        QCOMPARE(connections(f), QStringList{QStringLiteral("postgresql://orders-db:5432@22")});
        QCOMPARE(clients(f), QStringList{QStringLiteral("queue:kafka@4")});
    }

    void goNetHttpAndGin()
    {
        const auto f = sourcecode::scan(kGo, Language::Go);
        QCOMPARE(routes(f), (QStringList{QStringLiteral("net/http ANY /healthz@12"), QStringLiteral("net/http GET /items/{id}@13"),
                                         QStringLiteral("gin GET /v1/products/{id}@16"), QStringLiteral("gin POST /cart@17")}));
        QCOMPARE(clients(f), (QStringList{QStringLiteral("llm:openai@7"), QStringLiteral("database:mongodb@8")}));
        QCOMPARE(f.calls.size(), 1);
        QCOMPARE(f.calls.first().url, QStringLiteral("http://currencyservice:7000/convert"));
    }

    void aspnet()
    {
        const auto f = sourcecode::scan(kCSharp, Language::CSharp);
        QCOMPARE(routes(f), (QStringList{QStringLiteral("aspnet GET /api/Products/{id}@9"), QStringLiteral("aspnet POST /api/Products@12"),
                                         QStringLiteral("aspnet GET /ping@20")}));
        QCOMPARE(connections(f), QStringList{QStringLiteral("postgres://catalog-db:0@16")});
        QCOMPARE(clients(f), (QStringList{QStringLiteral("database:postgres@2"), QStringLiteral("llm:azure-openai@3")}));
    }

    void badInputDoesNotBreakIt()
    {
        // Unterminated strings, comments and raw strings, stray quotes, NULs, a long line,
        // random bytes: each language returns, and finds nothing made up.
        static const char kWithNuls[] = "a\0b\0app.get('/nul', h)";
        QList<QByteArray> inputs = {"\"never closed", "/* never closed", "`raw\n\n", "'''doc", "@\"C:\\", "app.get('/x'", "\\\\\\",
                                    QByteArray(20000, ' ') + "app.get('/long', h);", QByteArray(kWithNuls, sizeof kWithNuls - 1)};
        quint32 seed = 12345;
        for (int i = 0; i < 50; ++i) {
            QByteArray random(512, Qt::Uninitialized);
            for (char &c : random) {
                seed = seed * 1103515245u + 12345u;
                c = char(seed >> 16);
            }
            inputs.append(random);
        }
        for (const Language language : {Language::JavaScript, Language::Python, Language::Java, Language::Go, Language::CSharp}) {
            for (const QByteArray &input : inputs) {
                const auto f = sourcecode::scan(input, language);
                for (const sourcecode::Route &r : f.routes)
                    QVERIFY2(r.path != QLatin1StringView("/long"), "a minified line is not read");
                (void)sourcecode::toFragment(f, QStringLiteral("x"), QStringLiteral("svc:x"));
            }
        }
    }

    void modelFragment()
    {
        const auto f = sourcecode::scan(kExpress, Language::JavaScript);
        const ModelFragment m = sourcecode::toFragment(f, QStringLiteral("web/app.js"), QStringLiteral("svc:web"));
        const Component *web = component(m, QStringLiteral("svc:web"));
        QVERIFY(web);
        QCOMPARE(web->attributes.value(QStringLiteral("database-clients")).toArray().first().toString(), QStringLiteral("pg"));
        QCOMPARE(web->sources.first(), (SourceRef{QStringLiteral("code"), QStringLiteral("web/app.js"), 3, 1}));
        // The LLM SDK: an external AI service and the flow to it.
        const Component *ai = component(m, QStringLiteral("ai:openai"));
        QVERIFY(ai);
        QCOMPARE(ai->kind, ComponentKind::AiService);
        QCOMPARE(ai->attributes.value(QStringLiteral("provider")).toString(), QStringLiteral("external"));
        const DataFlow *llm = flow(m, QStringLiteral("svc:web"), QStringLiteral("ai:openai"));
        QVERIFY(llm);
        QCOMPARE(llm->encrypted, std::optional<bool>(true));
        QCOMPARE(llm->sources.first().line, 4);
        // Calls and connection strings name other services: flows to them.
        const DataFlow *orders = flow(m, QStringLiteral("svc:web"), QStringLiteral("svc:orders"));
        QVERIFY(orders);
        QCOMPARE(orders->port, 8080);
        QCOMPARE(orders->encrypted, std::optional<bool>(false));
        QCOMPARE(component(m, QStringLiteral("svc:orders-db"))->kind, ComponentKind::Datastore);
        QCOMPARE(flow(m, QStringLiteral("svc:web"), QStringLiteral("svc:orders-db"))->protocol, QStringLiteral("postgres"));
        // Routes: entry points with path parameters.
        QCOMPARE(m.entryPoints.size(), 3);
        const EntryPoint &get = m.entryPoints.first();
        QCOMPARE(get.id, QStringLiteral("ep:web:code:GET /users/{userId}"));
        QCOMPARE(get.componentId, QStringLiteral("svc:web"));
        QCOMPARE(get.parameters.size(), 1);
        QVERIFY(get.parameters.first().objectReference);
        QCOMPARE(get.sources.first().line, 8);

        // External hosts are external entities; the Python Flask file's LangChain OpenAI model is OpenAI.
        const ModelFragment py = sourcecode::toFragment(sourcecode::scan(kFlask, Language::Python), QStringLiteral("api/app.py"), QStringLiteral("svc:api"));
        QCOMPARE(component(py, QStringLiteral("ext:api.paymentprovider.io"))->kind, ComponentKind::ExternalEntity);
        QVERIFY(component(py, QStringLiteral("ai:openai")));
        QCOMPARE(flow(py, QStringLiteral("svc:api"), QStringLiteral("ext:api.paymentprovider.io"))->encrypted, std::optional<bool>(true));
    }

    void filesBelongToTheirService()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("compose.yaml"), "services:\n  api:\n    build: ./services/api\n  web:\n    build: ./services/web\n");
        write(dir.path(), QStringLiteral("services/api/Dockerfile"), "FROM python:3.12\nUSER app\n");
        write(dir.path(), QStringLiteral("services/api/app/routes/items.py"), kFlask);
        write(dir.path(), QStringLiteral("services/web/package.json"), "{\"name\": \"web\", \"dependencies\": {\"express\": \"4.19.2\"}}\n");
        write(dir.path(), QStringLiteral("services/web/src/server.js"), kExpress);
        write(dir.path(), QStringLiteral("tools/gen.go"), kGo); // no Dockerfile above: the repository's own component
        auto outcome = importer::importPaths({dir.path()});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        const ModelFragment &m = outcome->model;
        const Component *api = component(m, QStringLiteral("svc:api"));
        QVERIFY(api);
        QVERIFY(api->attributes.value(QStringLiteral("web-frameworks")).toArray().contains(QStringLiteral("flask")));
        QVERIFY(flow(m, QStringLiteral("svc:api"), QStringLiteral("ai:openai")));
        QVERIFY(flow(m, QStringLiteral("svc:web"), QStringLiteral("ai:openai")));
        QVERIFY(flow(m, QStringLiteral("svc:web"), QStringLiteral("svc:orders")));
        const QString rootName = QDir(dir.path()).dirName();
        QVERIFY(flow(m, QStringLiteral("svc:") + rootName, QStringLiteral("svc:currencyservice")));
        // One AI component, whoever uses it.
        int openai = 0;
        for (const Component &c : m.components)
            openai += c.id == QLatin1StringView("ai:openai");
        QCOMPARE(openai, 1);
        // Source files are inputs of kind "source".
        bool source = false;
        for (const InputDigest &in : outcome->inputs)
            source |= in.path == QLatin1StringView("services/web/src/server.js") && in.kind == QLatin1StringView("source");
        QVERIFY(source);
    }
};

QTEST_GUILESS_MAIN(TestSourceCode)
#include "tst_sourcecode.moc"
