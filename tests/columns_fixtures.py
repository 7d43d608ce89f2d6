"""The column-table examples: six invented tables, one per column variant of FORMS.md §1, in every text shape.

Each table is written once, as rows of cells (merged cells empty), and
rendered here into every shape the text of such a table arrives in:

    pipe        | a | b |          (outer bars)
    bare        a | b              (no outer bars)
    tab         a<TAB>b            (.tsv)
    csv         a,b                (.csv, quoted where needed)
    lines       one cell a line, empty cells as empty lines
    dropped     one cell a line, empty cells dropped, header names broken over lines
    aligned     cells at the column positions of the header, long names wrapped (pdftotext -layout)
    flat        no delimiter at all, one row a line
    oneline     no delimiter and no line break: the whole table as one line

Run ``python tests/columns_fixtures.py`` to rewrite examples/documents/columns/
(a test checks that the committed files are what this renders); add
``--goldens`` to rewrite the golden JSON as well, then read its diff against
the tables below before committing it. Every
department, project and number here is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a source checkout
    sys.path.insert(0, str(ROOT))

from indicator_parser.render import TABLE_SHAPES, render_table  # noqa: E402  (the package's one renderer)

FOLDER = ROOT / "examples" / "documents" / "columns"
SHAPES = TABLE_SHAPES
SUFFIX = {"tab": ".tsv", "csv": ".csv"}

Rows = list[list[str]]


def _block(
    name: str,
    department: str,
    implementer: str,
    attribute: str,
    period: str,
    money: tuple[str, str, str],
    goals: tuple[str, str],
    width: int,
) -> Rows:
    """The header block of one project's table, ``width`` cells a row."""
    rows = [
        [name and "项目名称", name],
        ["主管部门", department, "实施单位", implementer],
        ["项目属性", attribute, "项目期", period],
        ["项目资金（万元）", "年度资金总额", money[0]],
        ["", "其中：财政拨款", money[1]],
        ["", "其他资金", money[2]],
        ["总体目标", "实施期目标", "年度目标"],
        ["", goals[0], goals[1]],
    ]
    return [row + [""] * (width - len(row)) for row in rows]


PLAIN = ["一级指标", "二级指标", "三级指标", "指标值"]
CODED = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性", "指标解释"]
TWO = ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]
WITH_UNIT = ["一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"]
SELF = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施"]
SEQ = ["序号", "指标名称", "年度指标值"]

# Each table: title, projects; a project: header-block arguments, grid header, grid rows, and where a page breaks.
TABLES: dict[str, dict] = {
    "c1_plain": {
        "title": "2025年项目支出绩效目标表",
        "header": PLAIN,
        "projects": [
            {
                "block": (
                    "乡村文化驿站运营补助",
                    "示例市青禾区文化和旅游局",
                    "示例市青禾区文化馆",
                    "延续项目",
                    "3年",
                    ("85.00", "80.00", "5.00"),
                    (
                        "1.建成并运营乡村文化驿站30个；2.群众文化活动常态化。",
                        "1.运营乡村文化驿站12个；2.举办群众文化活动不少于48场。",
                    ),
                ),
                "rows": [
                    ["产出指标", "数量指标", "运营文化驿站数量", "12个"],
                    ["", "", "举办群众文化活动场次", "不少于48场"],
                    ["", "质量指标", "驿站开放达标率", "≥95%"],
                    ["", "时效指标", "补助资金拨付时间", "2025年6月底前"],
                    ["成本指标", "经济成本指标", "单个驿站年度运营补助", "≤7万元"],
                    ["效益指标", "社会效益指标", "村民参与文化活动人次", "≥6000人次"],
                    ["", "可持续影响指标", "驿站长效运营能力", "稳步提升"],
                    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
                ],
                "page_break": 5,
            },
            {
                "block": (
                    "非物质文化遗产传承人培训",
                    "示例市青禾区文化和旅游局",
                    "示例市青禾区非遗保护中心",
                    "新增项目",
                    "1年",
                    ("36.50", "36.50", "0.00"),
                    ("1.培养非遗技艺传承骨干。", "1.举办非遗技艺培训班6期；2.培训学员不少于240人次。"),
                ),
                "rows": [
                    ["产出指标", "数量指标", "举办非遗技艺培训班", "6期"],
                    ["", "", "培训学员人次", "≥240人次"],
                    ["", "质量指标", "学员结业考核通过率", "≥92%"],
                    ["", "时效指标", "培训完成时间", "2025年11月底前"],
                    ["效益指标", "社会效益指标", "非遗项目传承人数量", "稳步提升"],
                    ["满意度指标", "服务对象满意度指标", "学员满意度", "90%以上"],
                ],
            },
        ],
    },
    "c2_coded": {
        "title": "项目支出绩效目标申报表",
        "header": CODED,
        "projects": [
            {
                "block": (
                    "小型水库除险加固",
                    "示例市松溪县水利局",
                    "示例市松溪县水利工程建设中心",
                    "新增项目",
                    "1年",
                    ("920.00", "900.00", "20.00"),
                    ("1.完成4座小型水库除险加固。", "1.完成4座小型水库除险加固；2.新建防汛道路3.5公里。"),
                ),
                "rows": [
                    [
                        "产出指标(50分)",
                        "数量指标",
                        "加固小型水库座数",
                        "＝",
                        "4",
                        "座",
                        "15",
                        "正向",
                        "年度完成除险加固的水库数",
                    ],
                    ["", "", "新建防汛道路长度", "≥", "3.5", "公里", "10", "正向", "新建防汛道路总长"],
                    ["", "质量指标", "工程验收合格率", "≥", "98", "%", "15", "正向", "验收合格工程数/完工工程数"],
                    ["", "时效指标", "主体工程完工时间", "定性", "2025年10月底前", "", "10", "正向", "按合同工期完工"],
                    [
                        "成本指标(20分)",
                        "经济成本指标",
                        "单座水库加固成本",
                        "≤",
                        "180",
                        "万元",
                        "20",
                        "反向",
                        "决算金额/加固座数",
                    ],
                    [
                        "效益指标(20分)",
                        "社会效益指标",
                        "受益人口",
                        "≥",
                        "12000",
                        "人",
                        "10",
                        "正向",
                        "下游保护范围内常住人口",
                    ],
                    ["", "生态效益指标", "水库水质达标率", "≥", "90", "百分比", "10", "正向", "按季度监测"],
                    [
                        "满意度指标(10分)",
                        "服务对象满意度指标",
                        "受益群众满意度",
                        "≥",
                        "90",
                        "%",
                        "10",
                        "正向",
                        "抽样问卷调查",
                    ],
                ],
                "page_break": 4,
            },
            {
                "block": (
                    "农村饮水安全巩固提升",
                    "示例市松溪县水利局",
                    "示例市松溪县农村供水站",
                    "延续项目",
                    "2025-2027年",
                    ("310.00", "310.00", "0.00"),
                    ("1.农村自来水普及率达到98%。", "1.改造供水管网22公里；2.水质检测合格率不低于95%。"),
                ),
                "rows": [
                    [
                        "产出指标(50分)",
                        "数量指标",
                        "改造供水管网长度",
                        "≥",
                        "22",
                        "公里",
                        "20",
                        "正向",
                        "当年完成改造的管网长度",
                    ],
                    ["", "质量指标", "水质检测合格率", "≥", "95", "%", "20", "正向", "抽检合格样本数/抽检样本数"],
                    ["", "时效指标", "项目完工率", "＝", "100", "%", "10", "正向", "年底前完工工程占比"],
                    [
                        "效益指标(30分)",
                        "社会效益指标",
                        "农村自来水普及率",
                        "≥",
                        "96",
                        "%",
                        "30",
                        "正向",
                        "通自来水人口/农村总人口",
                    ],
                    ["", "生态效益指标", "", "", "", "", "", "", ""],
                    [
                        "满意度指标(20分)",
                        "服务对象满意度指标",
                        "用水户满意度",
                        "定性",
                        "良好",
                        "",
                        "20",
                        "正向",
                        "分优良中差四档",
                    ],
                ],
            },
        ],
    },
    "c3_two_targets": {
        "title": "项目支出绩效目标表",
        "header": TWO,
        "projects": [
            {
                "block": (
                    "社区老年人健康管理服务",
                    "示例市蓝湾区卫生健康局",
                    "示例市蓝湾区社区卫生服务中心",
                    "延续项目",
                    "2025-2027年",
                    ("240.00", "240.00", "0.00"),
                    ("1.三年为老年人体检不少于36000人次。", "1.为老年人体检不少于12000人；2.开展健康讲座不少于30场。"),
                ),
                "rows": [
                    ["产出指标", "数量指标", "老年人健康体检人数", "≥36000人", "≥12000人"],
                    ["", "", "开展健康讲座场次", "不少于90场", "不少于30场"],
                    ["", "质量指标", "健康档案规范建档率", "≥95%", "≥95%"],
                    ["", "时效指标", "年度体检完成时间", "2027年11月底前", "2025年11月底前"],
                    ["成本指标", "经济成本指标", "人均体检费用", "≤120元", "≤120元"],
                    ["效益指标", "社会效益指标", "老年人慢性病早发现率", "逐年提高", "有所提高"],
                    ["", "可持续影响指标", "家庭医生签约服务覆盖面", "持续提升", "稳步提升"],
                    ["满意度指标", "服务对象满意度指标", "体检老年人满意度", "≥90%", "≥90%"],
                ],
            },
            {
                "block": (
                    "基层医疗卫生机构设备购置",
                    "示例市蓝湾区卫生健康局",
                    "示例市蓝湾区基层卫生服务所",
                    "新增项目",
                    "1年",
                    ("150.00", "150.00", "0.00"),
                    ("1.改善基层医疗机构诊疗条件。", "1.购置医疗设备46台并投入使用。"),
                ),
                "rows": [
                    ["产出指标", "数量指标", "购置医疗设备台数", "46台", "46台"],
                    ["", "质量指标", "设备安装验收合格率", "100%", "100%"],
                    ["", "时效指标", "设备到位时间", "2025年9月底前", "2025年9月底前"],
                    ["效益指标", "社会效益指标", "基层首诊率", "≥65%", "≥60%"],
                    ["满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", "≥85%"],
                ],
            },
        ],
    },
    "c4_value_unit": {
        "title": "项目支出绩效目标表",
        "header": WITH_UNIT,
        "projects": [
            {
                "block": (
                    "高标准农田建设",
                    "示例市北岭区农业农村局",
                    "示例市北岭区农田建设服务中心",
                    "新增项目",
                    "1年",
                    ("4500.00", "4200.00", "300.00"),
                    ("1.建成旱涝保收的高标准农田。", "1.新建高标准农田15000亩；2.新建灌溉渠道不少于18公里。"),
                ),
                "rows": [
                    ["产出指标", "数量指标", "新建高标准农田面积", "15000亩", "计划标准"],
                    ["", "", "新建灌溉渠道长度", "≥18公里", "计划标准"],
                    ["", "质量指标", "工程验收合格率", "100%", "行业标准"],
                    ["", "时效指标", "项目完工时间", "2025年12月底前", "计划标准"],
                    ["成本指标", "经济成本指标", "亩均建设成本", "≤3000元", "行业标准"],
                    ["效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", "历史标准"],
                    ["", "生态效益指标", "农田灌溉水有效利用系数", "≥0.58", "行业标准"],
                    ["", "社会效益指标", "受益农户数", "≥3200户", "计划标准"],
                    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "计划标准"],
                ],
            },
            {
                "block": (
                    "农业技术推广服务",
                    "示例市北岭区农业农村局",
                    "示例市北岭区农业技术推广站",
                    "延续项目",
                    "3年",
                    ("60.00", "60.00", "0.00"),
                    ("1.提高农户科学种植水平。", "1.培训高素质农民不少于500人。"),
                ),
                "rows": [
                    ["产出指标", "数量指标", "培训高素质农民人数", "≥500人", "计划标准"],
                    ["", "质量指标", "培训合格率", "≥95%", "行业标准"],
                    ["效益指标", "社会效益指标", "农户技术掌握程度（抽样评估）", "显著提高", "计划标准"],
                    ["满意度指标", "服务对象满意度指标", "参训农民满意度", "≥90%", "历史标准"],
                ],
            },
        ],
    },
    "c5_self_evaluation": {
        "title": "项目支出绩效自评表",
        "header": SELF,
        "projects": [
            {
                "block": (
                    "校园安全设施改造",
                    "示例市东岚区教育局",
                    "示例市东岚区教育技术装备中心",
                    "新增项目",
                    "1年",
                    ("680.00", "680.00", "0.00"),
                    ("1.完成15所学校安全设施改造。", "1.改造学校15所；2.安装视频监控点位不少于600个。"),
                ),
                "rows": [
                    ["产出指标", "数量指标", "改造学校数量", "15所", "15所", "20", "20", ""],
                    ["", "", "安装视频监控点位", "≥600个", "642个", "10", "10", ""],
                    ["", "质量指标", "设施验收合格率", "100%", "100%", "10", "10", ""],
                    [
                        "",
                        "时效指标",
                        "改造完成时间",
                        "2025年8月底前",
                        "2025年9月15日",
                        "10",
                        "8",
                        "个别学校施工延期，已加强进度督导",
                    ],
                    ["成本指标", "经济成本指标", "单校改造成本", "≤40万元", "38.6万元", "10", "10", ""],
                    ["效益指标", "社会效益指标", "安全隐患整改率", "≥95%", "97%", "20", "20", ""],
                    ["", "可持续影响指标", "安全设施运维机制", "健全", "基本健全", "10", "9", "运维经费尚未完全落实"],
                    ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "93.5%", "10", "10", ""],
                ],
            },
        ],
    },
    "c6_sequence": {
        "title": "项目支出绩效目标表",
        "header": SEQ,
        "projects": [
            {
                "block": (
                    "困难群众临时救助",
                    "示例市南屿区民政局",
                    "示例市南屿区社会救助服务中心",
                    "延续项目",
                    "1年",
                    ("200.00", "200.00", "0.00"),
                    ("1.及时救助遭遇突发困难的群众。", "1.临时救助不少于1500人次。"),
                ),
                "rows": [
                    ["1", "临时救助人次", "≥1500人次"],
                    ["2", "救助资金发放准确率", "100%"],
                    ["3", "救助审批办结时限", "≤7个工作日"],
                    ["4", "救助对象满意度", "≥90%"],
                    ["5", "救助信息公开率", "100%"],
                ],
            },
            {
                "block": (
                    "养老服务机构运营补贴",
                    "示例市南屿区民政局",
                    "示例市南屿区养老服务指导中心",
                    "延续项目",
                    "1年",
                    ("420.00", "420.00", "0.00"),
                    ("1.提升养老机构服务能力。", "1.补贴养老机构28家；2.新增护理型床位不少于300张。"),
                ),
                "rows": [
                    ["1", "补贴养老机构数量", "28家"],
                    ["2", "新增护理型床位", "≥300张"],
                    ["3", "机构消防安全达标率", "100%"],
                    ["4", "补贴资金拨付时间", "2025年6月底前"],
                    ["5", "入住老人满意度", "≥92%"],
                    ["6", "机构服务质量", "稳步提升"],
                ],
            },
        ],
    },
}


def table_rows(name: str) -> list[tuple[str, list[str]]]:
    """The table as (kind, cells) rows in reading order: kind is title, block, header or grid."""
    table = TABLES[name]
    width = max(len(table["header"]), 4)
    out: list[tuple[str, list[str]]] = [("title", [table["title"]])]
    for project in table["projects"]:
        for row in _block(*project["block"], width=width):
            out.append(("block", row))
        out.append(("header", list(table["header"])))
        for k, row in enumerate(project["rows"]):
            if k == project.get("page_break"):
                out.append(("title", [table["title"] + "（续）"]))
                out.append(("header", list(table["header"])))
            out.append(("grid", list(row)))
    return out


# ---------------------------------------------------------------- shapes


def render(name: str, shape: str) -> str:
    """The table in one shape, by the package's one renderer (titles indented 20 columns in the aligned shape)."""
    return render_table(table_rows(name), shape, wrap_at=16, title_indent=20)


def path_of(name: str, shape: str) -> Path:
    return FOLDER / f"{name}.{shape}{SUFFIX.get(shape, '.txt')}"


def golden_path(name: str) -> Path:
    """The golden Document JSON of a table: its pipe rendering, read with the file's name as source."""
    return FOLDER / f"{name}.expected.json"


def write_goldens() -> list[Path]:
    """Rewrite the golden JSON from the code: review every changed value against TABLES before committing."""
    from indicator_parser import parse_document, to_json
    from indicator_parser.sources import read_text

    written = []
    for name in TABLES:
        source = path_of(name, "pipe")
        document = parse_document(read_text(source), source=source.name)
        golden_path(name).write_text(to_json(document) + "\n", encoding="utf-8")
        written.append(golden_path(name))
    return written


def write_all() -> list[Path]:
    FOLDER.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        for shape in SHAPES:
            path = path_of(name, shape)
            path.write_text(render(name, shape), encoding="utf-8")
            written.append(path)
    return written


if __name__ == "__main__":
    # python tests/columns_fixtures.py [--goldens]: the renderings, and with --goldens the golden JSON too.
    for path in write_all() + (write_goldens() if "--goldens" in sys.argv else []):
        print(path.relative_to(ROOT), file=sys.stderr)
