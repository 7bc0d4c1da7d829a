class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    sound = "woof"
    def speak(self):
        return super().speak() + "!"
pets = [Animal("gen"), Dog("rex")]
for p in pets:
    print(p.speak())
print(pets, isinstance(pets[1], Animal), issubclass(Dog, Animal))
print(str(pets[0]), Dog.__name__, Dog.__mro__[1].__name__)
