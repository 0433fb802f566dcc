"""Invented Chinese text for benchmarks and tests: everyday scenes built from short
word lists with a fixed seed, so every run sees the same article. No outside text.

The cleaner must keep every paragraph (each differs in its number and its clauses),
and the entity panel finds the names and places in ``invented_article``.
"""

from __future__ import annotations

import random

SUBJECTS = (
    "老师",
    "渔夫",
    "邮递员",
    "画家",
    "学生",
    "厨师",
    "司机",
    "医生",
    "木匠",
    "园丁",
    "店主",
    "记者",
    "护士",
    "农民",
    "工程师",
    "船长",
)

VERBS = (
    "看见",
    "想起",
    "记下",
    "听说",
    "画出",
    "修好",
    "找到",
    "送来",
    "读完",
    "讲起",
    "拍下",
    "搬走",
    "买到",
    "借走",
    "提到",
    "寄出",
)

THINGS = (
    "一座旧桥",
    "两只白鹭",
    "满湖荷花",
    "一封长信",
    "半箱苹果",
    "一张地图",
    "三本诗集",
    "一盏油灯",
    "一把雨伞",
    "一张唱片",
    "一辆自行车",
    "一只花猫",
    "几棵银杏",
    "一条小船",
    "一面铜镜",
    "一台收音机",
)

PLACES = (
    "在江边",
    "在山脚下",
    "在老街口",
    "在车站旁",
    "在学校里",
    "在集市上",
    "在雨中",
    "在黄昏时",
    "在清晨",
    "在渡口",
)

NAMES = (
    "张明",
    "李华",
    "王芳",
    "陈静",
    "刘洋",
    "杭州",
    "苏州",
    "成都",
    "北京大学",
    "长江",
    "黄河",
    "西湖",
)


def invented_paragraphs(count: int, seed: int = 7) -> list[str]:
    """``count`` paragraphs "第i段，…" of two to four clauses, without names."""
    rng = random.Random(seed)
    paragraphs = []
    for index in range(count):
        clauses = [
            f"{rng.choice(PLACES)}，{rng.choice(SUBJECTS)}{rng.choice(VERBS)}{rng.choice(THINGS)}"
            for _ in range(rng.randint(2, 4))
        ]
        paragraphs.append(f"第{index}段，" + "；".join(clauses) + "。")
    return paragraphs


def invented_article(size_bytes: int, seed: int = 11) -> str:
    """A title and paragraphs with names and places, up to ``size_bytes`` of UTF-8."""
    rng = random.Random(seed)
    lines = ["一个普通的星期天"]
    total = 0
    index = 0
    while total < size_bytes:
        clauses = [
            f"{rng.choice(PLACES)}，{rng.choice(NAMES)}和{rng.choice(SUBJECTS)}"
            f"{rng.choice(VERBS)}{rng.choice(THINGS)}"
            for _ in range(rng.randint(3, 6))
        ]
        line = f"第{index}段，" + "；".join(clauses) + "。"
        lines.append(line)
        total += len(line.encode("utf-8")) + 1
        index += 1
    return "\n".join(lines) + "\n"
