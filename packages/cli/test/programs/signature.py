(List[float], float) -> List[float]
